using StyleLint.Text;

namespace StyleLint.Suppression;

/// <summary>Which rules are off where in one file, from its inline directives.</summary>
public sealed class SuppressionMap
{
    public static readonly SuppressionMap None = new([], []);

    private readonly List<Range> ranges;

    private SuppressionMap(List<Range> ranges, IReadOnlyList<string> openAtEnd)
    {
        this.ranges = ranges;
        OpenAtEnd = openAtEnd;
    }

    public bool IsEmpty => ranges.Count == 0;

    /// <summary>
    /// The disables still open at the end of the text (rule patterns; "" is every rule). A file linted in
    /// segments hands them to the next segment, so a disable reaches as far as it does in the whole file.
    /// </summary>
    public IReadOnlyList<string> OpenAtEnd { get; }

    public static SuppressionMap For(SourceText source) => For(source, []);

    /// <summary>The map of one text that starts with <paramref name="openAtStart"/> disables already in force.</summary>
    public static SuppressionMap For(SourceText source, IReadOnlyList<string> openAtStart)
    {
        var ranges = new List<Range>();
        // Open disables: rule pattern (empty = every rule) → where it began.
        var open = openAtStart.Select(pattern => (Pattern: pattern, Start: 0)).ToList();
        foreach ((string verb, IReadOnlyList<string> ids, int start, int end) in InlineDirectives.Find(source.Text))
        {
            IReadOnlyList<string> patterns = ids.Count == 0 ? [""] : ids;
            switch (verb)
            {
                case "disable":
                    foreach (string pattern in patterns) open.Add((pattern, end));
                    break;
                case "enable":
                    for (int i = open.Count - 1; i >= 0; i--)
                    {
                        if (ids.Count == 0 || patterns.Contains(open[i].Pattern))
                        {
                            ranges.Add(new Range(open[i].Pattern, open[i].Start, start));
                            open.RemoveAt(i);
                        }
                    }
                    break;
                case "disable-next-line":
                    (int line, _) = source.Lines.ToLineColumn(end);
                    if (line < source.Lines.LineCount)
                    {
                        int nextStart = source.Lines.LineStart(line + 1);
                        int nextEnd = line + 1 < source.Lines.LineCount ? source.Lines.LineStart(line + 2) : source.Text.Length;
                        foreach (string pattern in patterns) ranges.Add(new Range(pattern, nextStart, nextEnd));
                    }
                    break;
            }
        }
        foreach ((string pattern, int start) in open) ranges.Add(new Range(pattern, start, source.Text.Length));
        string[] openAtEnd = open.Select(o => o.Pattern).ToArray();
        return ranges.Count == 0 ? None : new SuppressionMap(ranges, openAtEnd);
    }

    public bool IsSuppressed(string ruleId, int sourceOffset)
    {
        foreach (Range range in ranges)
        {
            if (sourceOffset >= range.Start && sourceOffset < range.End && RuleIdPattern.Matches(range.Pattern, ruleId))
            {
                return true;
            }
        }
        return false;
    }

    private readonly record struct Range(string Pattern, int Start, int End);
}

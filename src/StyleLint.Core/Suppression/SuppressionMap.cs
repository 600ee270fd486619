using StyleLint.Text;

namespace StyleLint.Suppression;

/// <summary>Which rules are off where in one file, from its inline directives.</summary>
public sealed class SuppressionMap
{
    public static readonly SuppressionMap None = new([]);

    private readonly List<Range> ranges;

    private SuppressionMap(List<Range> ranges) => this.ranges = ranges;

    public bool IsEmpty => ranges.Count == 0;

    public static SuppressionMap For(SourceText source)
    {
        var ranges = new List<Range>();
        // Open disables: rule pattern (empty = every rule) → where it began.
        var open = new List<(string Pattern, int Start)>();
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
        return ranges.Count == 0 ? None : new SuppressionMap(ranges);
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

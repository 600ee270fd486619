using System.Text.RegularExpressions;
using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>pattern: every match of a regular expression, run on each unit of the rule's scope.</summary>
public static class PatternKind
{
    /// <summary>A pathological pattern gives up on a document instead of hanging the linter.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Options every rule pattern gets on top of its own, read when a checker type is first used. Compiling a
    /// regex to IL costs milliseconds each at start-up and repays itself only on megabytes of text, so the host
    /// decides: the CLI compiles for big runs and interprets for one small article; the server compiles.
    /// </summary>
    public static RegexOptions DefaultOptions { get; set; } = RegexOptions.Compiled;

    /// <summary>
    /// The group that, when a pattern has it, is the finding instead of the whole match. It lets a pattern start
    /// with the literal text before what it flags (a full stop) rather than a lookbehind: the regex engine then
    /// jumps between occurrences of that literal instead of trying every position.
    /// </summary>
    public const string FindingGroup = "finding";

    /// <param name="lead">
    /// For a space-led pattern, the test that skips units without a match (<see cref="PatternLead"/>); null for others.
    /// </param>
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, Regex pattern, string? suggest, PatternLead? lead = null)
    {
        RuleInfo rule = checker.Rule;
        int findingGroup = pattern.GroupNumberFromName(FindingGroup);
        string text = document.Text;
        foreach (TextSpan unit in document.Units(rule.Scope))
        {
            if (lead != null && !lead.MayMatch(text, unit)) continue;
            if (suggest == null)
            {
                // Without a replacement only the spans are needed: value matches allocate nothing.
                foreach (TextSpan match in InUnit(pattern, text, unit, findingGroup))
                {
                    sink.Report(rule, match.Start, match.Length, []);
                }
                continue;
            }
            // A replacement needs the groups: Match objects, walked without an iterator (one per unit was most of
            // what a pattern rule allocated).
            try
            {
                for (Match match = pattern.Match(text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
                {
                    if (match.Length == 0) continue;
                    if (findingGroup >= 0)
                    {
                        Group flagged = match.Groups[findingGroup];
                        if (!flagged.Success || flagged.Length == 0) continue;
                        sink.Report(rule, flagged.Index, flagged.Length, [match.Result(suggest)]);
                        continue;
                    }
                    sink.Report(rule, match.Index, match.Length, [match.Result(suggest)]);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern gives up on this unit; what it found so far stands.
            }
        }
    }

    /// <summary>
    /// The non-empty matches inside one unit as spans of the text (or of their <see cref="FindingGroup"/>, when the
    /// pattern has one); the unit's bounds are ^ and $.
    /// </summary>
    public static List<TextSpan> Spans(Regex pattern, string text, TextSpan unit)
    {
        var spans = new List<TextSpan>();
        foreach (TextSpan match in InUnit(pattern, text, unit)) spans.Add(match);
        return spans;
    }

    /// <summary>
    /// The non-empty matches inside one unit, as <see cref="Spans"/> gives them, enumerated without allocating a
    /// list or an iterator per unit.
    /// </summary>
    public static UnitMatches InUnit(Regex pattern, string text, TextSpan unit) => new(pattern, text, unit, pattern.GroupNumberFromName(FindingGroup));

    /// <summary>
    /// <see cref="InUnit(Regex, string, TextSpan)"/> with the number of the pattern's <see cref="FindingGroup"/>
    /// (-1 for none) looked up once by the caller, not once per unit.
    /// </summary>
    public static UnitMatches InUnit(Regex pattern, string text, TextSpan unit, int findingGroup) => new(pattern, text, unit, findingGroup);

    /// <summary>The enumerator of <see cref="InUnit"/>: value matches, or Match objects when a finding group is needed.</summary>
    public ref struct UnitMatches
    {
        private readonly Regex pattern;
        private readonly string text;
        private readonly TextSpan unit;
        private readonly int findingGroup;
        private Regex.ValueMatchEnumerator values;
        private Match? match;
        private bool done;

        internal UnitMatches(Regex pattern, string text, TextSpan unit, int findingGroup)
        {
            this.pattern = pattern;
            this.text = text;
            this.unit = unit;
            this.findingGroup = findingGroup;
            values = findingGroup < 0 ? pattern.EnumerateMatches(text.AsSpan(unit.Start, unit.Length)) : default;
        }

        public TextSpan Current { get; private set; }

        public readonly UnitMatches GetEnumerator() => this;

        public bool MoveNext()
        {
            if (done) return false;
            try
            {
                if (findingGroup < 0)
                {
                    while (values.MoveNext())
                    {
                        ValueMatch value = values.Current;
                        if (value.Length == 0) continue;
                        Current = new TextSpan(unit.Start + value.Index, value.Length);
                        return true;
                    }
                }
                else
                {
                    while (true)
                    {
                        match = match == null ? pattern.Match(text, unit.Start, unit.Length) : match.NextMatch();
                        if (!match.Success) break;
                        if (match.Length == 0) continue;
                        Group flagged = match.Groups[findingGroup];
                        if (!flagged.Success || flagged.Length == 0) continue;
                        Current = new TextSpan(flagged.Index, flagged.Length);
                        return true;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern gives up on this unit; what it found so far stands.
            }
            done = true;
            return false;
        }
    }
}

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
        foreach (TextSpan unit in document.Units(rule.Scope))
        {
            if (lead != null && !lead.MayMatch(document.Text, unit)) continue;
            if (findingGroup >= 0)
            {
                foreach (Match match in Matches(pattern, document.Text, unit))
                {
                    Group flagged = match.Groups[findingGroup];
                    if (!flagged.Success || flagged.Length == 0) continue;
                    sink.Report(rule, flagged.Index, flagged.Length, suggest == null ? [] : [match.Result(suggest)]);
                }
                continue;
            }
            if (suggest == null)
            {
                // Without a replacement no groups are needed: value matches allocate nothing.
                foreach (TextSpan match in Spans(pattern, document.Text, unit))
                {
                    sink.Report(rule, match.Start, match.Length, []);
                }
                continue;
            }
            foreach (Match match in Matches(pattern, document.Text, unit))
            {
                sink.Report(rule, match.Index, match.Length, [match.Result(suggest)]);
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
        int findingGroup = pattern.GroupNumberFromName(FindingGroup);
        if (findingGroup >= 0)
        {
            foreach (Match match in Matches(pattern, text, unit))
            {
                Group flagged = match.Groups[findingGroup];
                if (flagged.Success && flagged.Length > 0) spans.Add(new TextSpan(flagged.Index, flagged.Length));
            }
            return spans;
        }
        try
        {
            foreach (ValueMatch match in pattern.EnumerateMatches(text.AsSpan(unit.Start, unit.Length)))
            {
                if (match.Length > 0) spans.Add(new TextSpan(unit.Start + match.Index, match.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological pattern gives up on this unit; what it found so far stands.
        }
        return spans;
    }

    /// <summary>The non-empty matches inside one unit; the unit's bounds are the pattern's ^ and $.</summary>
    public static IEnumerable<Match> Matches(Regex pattern, string text, TextSpan unit)
    {
        Match match;
        try
        {
            match = pattern.Match(text, unit.Start, unit.Length);
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }
        while (match.Success)
        {
            if (match.Length > 0) yield return match;
            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
        }
    }
}

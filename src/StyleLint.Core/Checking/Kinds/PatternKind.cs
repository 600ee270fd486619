using System.Text.RegularExpressions;
using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>pattern: every match of a regular expression, run on each unit of the rule's scope.</summary>
public static class PatternKind
{
    /// <summary>A pathological pattern gives up on a document instead of hanging the linter.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Options every rule pattern gets on top of its own.</summary>
    public const RegexOptions DefaultOptions = RegexOptions.None;

    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, Regex pattern, string? suggest)
    {
        RuleInfo rule = checker.Rule;
        foreach (TextSpan unit in document.Units(rule.Scope))
        {
            foreach (Match match in Matches(pattern, document.Text, unit))
            {
                string[] suggestions = suggest == null ? [] : [match.Result(suggest)];
                sink.Report(rule, match.Index, match.Length, suggestions);
            }
        }
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

using System.Text.RegularExpressions;
using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>consistency: one named way of writing something, found as literal tokens or by a pattern.</summary>
public sealed class ConsistencyVariant
{
    private ConsistencyVariant(string name, PhraseMatcher? tokens, Regex? pattern)
    {
        Name = name;
        Tokens = tokens;
        Pattern = pattern;
    }

    public string Name { get; }

    public PhraseMatcher? Tokens { get; }

    public Regex? Pattern { get; }

    public static ConsistencyVariant FromTokens(string name, PhraseMatcher tokens) => new(name, tokens, null);

    public static ConsistencyVariant FromPattern(string name, Regex pattern) => new(name, null, pattern);

    /// <summary>Every use in one unit, as phrase matches (Phrase = token index, or -1 for a pattern match).</summary>
    public void FindAll(AnalyzedDocument document, TextSpan unit, List<PhraseMatch> results)
    {
        if (Tokens != null)
        {
            Tokens.FindAll(document, unit, results);
            return;
        }
        foreach (TextSpan match in PatternKind.InUnit(Pattern!, document.Text, unit))
        {
            results.Add(new PhraseMatch(match.Start, match.Length, -1));
        }
    }
}

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
        findingGroup = pattern?.GroupNumberFromName(PatternKind.FindingGroup) ?? -1;
    }

    // The number of the pattern's finding group (-1 for none), looked up once rather than in every unit.
    private readonly int findingGroup;

    public string Name { get; }

    public PhraseMatcher? Tokens { get; }

    public Regex? Pattern { get; }

    public static ConsistencyVariant FromTokens(string name, PhraseMatcher tokens) => new(name, tokens, null);

    public static ConsistencyVariant FromPattern(string name, Regex pattern) => new(name, null, pattern);

    /// <param name="requiresDigit">
    /// Every match consumes a decimal digit (the rule compiler proves it): units without one are not searched.
    /// </param>
    public static ConsistencyVariant FromPattern(string name, Regex pattern, bool requiresDigit) =>
        new(name, null, pattern) { RequiresDigit = requiresDigit };

    /// <summary>Every match of <see cref="Pattern"/> consumes a decimal digit.</summary>
    public bool RequiresDigit { get; private init; }

    /// <summary>The token lists of these variants (the pattern variants have none), for <see cref="Checker.TokenLists"/>.</summary>
    public static PhraseMatcher[] TokenLists(ConsistencyVariant[] variants) =>
        variants.Where(v => v.Tokens != null).Select(v => v.Tokens!).ToArray();

    /// <summary>Every use in these units, in text order, as <see cref="FindAll(AnalyzedDocument, TextSpan, List{PhraseMatch})"/> finds them unit after unit.</summary>
    public void FindAll(AnalyzedDocument document, TextSpan[] units, List<PhraseMatch> results)
    {
        if (Tokens != null)
        {
            Tokens.FindAll(document, units, results);
            return;
        }
        // Digits are in about half the blocks of news copy; which ones is found once per document for all patterns.
        bool[]? hasDigit = RequiresDigit ? document.UnitsWithDigits(units) : null;
        for (int u = 0; u < units.Length; u++)
        {
            if (hasDigit != null && !hasDigit[u]) continue;
            FindAll(document, units[u], results);
        }
    }

    /// <summary>Every use in one unit, as phrase matches (Phrase = token index, or -1 for a pattern match).</summary>
    public void FindAll(AnalyzedDocument document, TextSpan unit, List<PhraseMatch> results)
    {
        if (Tokens != null)
        {
            Tokens.FindAll(document, unit, results);
            return;
        }
        foreach (TextSpan match in PatternKind.InUnit(Pattern!, document.Text, unit, findingGroup))
        {
            results.Add(new PhraseMatch(match.Start, match.Length, -1));
        }
    }
}

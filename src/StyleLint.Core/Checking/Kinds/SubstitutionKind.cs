using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>substitution: a wrong word or phrase, with its replacement suggested in the writer's capitalisation.</summary>
public static class SubstitutionKind
{
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, PhraseMatcher wrong, string[][] right)
    {
        RuleInfo rule = checker.Rule;
        var matches = new List<PhraseMatch>();
        wrong.FindAll(document, document.Units(rule.Scope), matches);
        foreach (PhraseMatch match in matches)
        {
            string found = document.Text.Substring(match.Start, match.Length);
            string[] suggestions = right[match.Phrase].Select(r => MatchCase(found, r)).ToArray();
            // With ignorecase a replacement can equal what is written ("internet" → "Internet" already right).
            if (suggestions.Contains(found, StringComparer.Ordinal)) continue;
            sink.Report(rule, match.Start, match.Length, suggestions);
        }
    }

    /// <summary>"Whilst" → "While": a capital at the start of the match carries over to the replacement.</summary>
    public static string MatchCase(ReadOnlySpan<char> found, string replacement)
    {
        if (found.Length > 0 && replacement.Length > 0 && char.IsUpper(found[0]) && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }
        return replacement;
    }
}

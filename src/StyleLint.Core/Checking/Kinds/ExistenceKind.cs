using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>existence: listed words and phrases must not appear.</summary>
public static class ExistenceKind
{
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, PhraseMatcher phrases)
    {
        RuleInfo rule = checker.Rule;
        var matches = new List<PhraseMatch>();
        phrases.FindAll(document, document.Units(rule.Scope), matches);
        foreach (PhraseMatch match in matches)
        {
            sink.Report(rule, match.Start, match.Length, []);
        }
    }
}

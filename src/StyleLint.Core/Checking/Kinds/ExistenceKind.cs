using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>existence: listed words and phrases must not appear.</summary>
public static class ExistenceKind
{
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, PhraseMatcher phrases)
    {
        RuleInfo rule = checker.Rule;
        var matches = new List<PhraseMatch>();
        foreach (TextSpan unit in document.Units(rule.Scope))
        {
            matches.Clear();
            phrases.FindAll(document, unit, matches);
            foreach (PhraseMatch match in matches)
            {
                sink.Report(rule, match.Start, match.Length, []);
            }
        }
    }
}

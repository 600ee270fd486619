using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Findings;

namespace StyleLint.Vale;

/// <summary>Runs a Vale rule inside a StyleLint run: the analysed text linted as one plain-text file, findings mapped back.</summary>
public static class ValeProse
{
    public static void Check(ValeRule rule, Checker checker, AnalyzedDocument document, FindingSink sink)
    {
    }
}

using StyleLint.Checking;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Quotes;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Rules;
using StyleLint.Tests;
using StyleLint.Text;

namespace StyleLint.Detectors.Quotes.Tests;

/// <summary>
/// The three seeds in ../shared/seeds: only seed 002's quote-only paragraph after indirect speech (strict style
/// only) and its quote closed by an opening mark are flagged; no other quotation. Skipped where ../shared is absent.
/// </summary>
[TestClass]
public sealed class SeedQuoteTests
{
    private static Checker Rule(string id) => BuiltInRules.Checkers.Single(c => c.Rule.Id == id);

    private static (string Seed, Finding Finding, string Text)[] Lint(Checker checker)
    {
        string folder = TestPaths.RequireShared("seeds");
        var linter = new Linter([checker]);
        return Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => linter.Lint(SourceDecoder.ReadFile(f), f, LintConfig.Default).Findings
                .Select(x => (Path.GetFileName(f)[..3], x, File.ReadAllText(f).Substring(x.Offset, x.Length))))
            .ToArray();
    }

    [TestMethod]
    public void Strict_style_flags_only_the_quote_only_paragraph_after_indirect_speech()
    {
        var found = Lint(Rule("News.UnattributedQuote"));
        Assert.HasCount(1, found, string.Join("\n", found.Select(f => $"{f.Seed}:{f.Finding.Line}: {f.Text}")));
        Assert.AreEqual(("002", 19, 1), (found[0].Seed, found[0].Finding.Line, found[0].Finding.Column));
        StringAssert.StartsWith(found[0].Text, "“This conference undermines");
        StringAssert.EndsWith(found[0].Text, "accepted.”");
    }

    [TestMethod]
    public void Relaxed_style_flags_nothing_in_the_seeds()
    {
        RuleInfo rule = Rule("News.UnattributedQuote").Rule;
        var relaxed = new UnattributedQuoteDetector(new DetectorOptions([new("style", ["relaxed"])]));
        Assert.IsEmpty(Lint(new DetectorChecker(rule, relaxed.Check)));
    }

    [TestMethod]
    public void Quote_pairs_flags_only_the_opening_mark_that_closes_a_quote()
    {
        var found = Lint(Rule("News.QuotePairs"));
        Assert.HasCount(1, found, string.Join("\n", found.Select(f => $"{f.Seed}:{f.Finding.Line}:{f.Finding.Column}: {f.Finding.Message}")));
        Assert.AreEqual(("002", 23, 232, "“"), (found[0].Seed, found[0].Finding.Line, found[0].Finding.Column, found[0].Text));
        CollectionAssert.AreEqual(new[] { "”" }, found[0].Finding.Suggestions.ToArray());
        Assert.AreEqual(Severity.Error, found[0].Finding.Severity);
    }

    [TestMethod]
    public void The_pack_reports_the_mismatched_mark_once()
    {
        // News.QuotePairs took over News.ReversedClosingQuote: no two rules report the same defect.
        string folder = TestPaths.RequireShared("seeds");
        string seed = Directory.GetFiles(folder, "002_*.txt").Single();
        Finding[] atMark = new Linter(BuiltInRules.Checkers).Lint(SourceDecoder.ReadFile(seed), seed, LintConfig.Default).Findings
            .Where(f => f.Line == 23 && f.Column == 232).ToArray();
        Assert.HasCount(1, atMark, string.Join(", ", atMark.Select(f => f.RuleId)));
    }

    private sealed class DetectorChecker(RuleInfo rule, Action<Checker, Analysis.AnalyzedDocument, FindingSink> check) : Checker
    {
        public override RuleInfo Rule => rule;

        public override void Check(Analysis.AnalyzedDocument document, FindingSink sink) => check(this, document, sink);
    }
}

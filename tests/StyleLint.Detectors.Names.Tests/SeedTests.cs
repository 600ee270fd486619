using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Rules;
using StyleLint.Tests;
using StyleLint.Text;

namespace StyleLint.Detectors.Names.Tests;

/// <summary>The built-in News.NameSpelling on the three seeds in ../shared (skipped when absent), without house config.</summary>
[TestClass]
public sealed class SeedTests
{
    private static Finding[] Lint(string prefix)
    {
        string file = Directory.GetFiles(TestPaths.RequireShared("seeds"), prefix + "_*.txt").Single();
        var linter = new Linter(BuiltInRules.Checkers.Where(c => c.Rule.Id == "News.NameSpelling").ToArray());
        return linter.Lint(SourceDecoder.ReadFile(file), file, LintConfig.Default).Findings.ToArray();
    }

    [TestMethod]
    public void Mike_Hacabee_in_seed_000_is_flagged_with_Huckabee()
    {
        Finding f = Lint("000").Single();
        string source = File.ReadAllText(f.File);
        Assert.AreEqual("Hacabee", source.Substring(f.Offset, f.Length));
        CollectionAssert.AreEqual(new[] { "Huckabee" }, f.Suggestions.ToArray());
        Assert.AreEqual("News.NameSpelling", f.RuleId);
    }

    [TestMethod]
    public void The_built_in_rule_is_of_the_names_kind()
    {
        var rule = BuiltInRules.Checkers.Single(c => c.Rule.Id == "News.NameSpelling").Rule;
        Assert.AreEqual("names", rule.Kind);
        Assert.AreEqual(Severity.Warning, rule.Severity);
    }

    [TestMethod]
    [DataRow("001")]
    [DataRow("002")]
    public void No_correct_name_in_the_other_seeds_is_flagged(string seed) => Assert.IsEmpty(Lint(seed));
}

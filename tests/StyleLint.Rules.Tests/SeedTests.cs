using Newtonsoft.Json.Linq;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Output;
using StyleLint.Tests;

namespace StyleLint.Rules.Tests;

/// <summary>
/// The three real versions of one wire story in ../shared/seeds, with the defects a copy desk missed. Checked as
/// one run, as `stylelint check ../shared/seeds/` does. Skipped where ../shared is absent.
/// </summary>
[TestClass]
public sealed class SeedTests
{
    private static IReadOnlyList<LintResult> Lint() => SharedText.LintFolder(TestPaths.RequireShared("seeds"), consistencyAcrossFiles: true);

    private static Finding[] Findings(string seedPrefix, string ruleId) =>
        Lint().Where(r => Path.GetFileName(r.File).StartsWith(seedPrefix, StringComparison.Ordinal))
            .SelectMany(r => r.Findings).Where(f => f.RuleId == ruleId).ToArray();

    private static string TextAt(Finding f)
    {
        string[] lines = File.ReadAllText(f.File).Split('\n');
        return lines[f.Line - 1].Substring(f.Column - 1, f.EndLine == f.Line ? f.EndColumn - f.Column : lines[f.Line - 1].Length - f.Column + 1);
    }

    [TestMethod]
    public void Leaked_newsletter_boilerplate_is_an_error_at_its_line()
    {
        Finding signUp = Findings("002", "News.NewsletterSignUp").Single();
        Assert.AreEqual((14, 1), (signUp.Line, signUp.Column));
        StringAssert.StartsWith(TextAt(signUp), "Sign up to");
        Assert.AreEqual(Severity.Error, signUp.Severity);

        Finding promotion = Findings("002", "News.NewsletterPromotion").Single();
        Assert.AreEqual((16, 1), (promotion.Line, promotion.Column));
        Assert.AreEqual("after newsletter promotion", TextAt(promotion));
    }

    [TestMethod]
    public void US_beside_U_S_is_flagged_against_the_runs_dotted_style()
    {
        Finding[] plain = Findings("002", "News.AbbreviationDots");
        Assert.IsNotEmpty(plain);
        Assert.IsTrue(plain.Any(f => TextAt(f) == "US" && f.Suggestions.SequenceEqual(["U.S."])), "US → U.S. in seed 002");
        Assert.IsTrue(plain.Any(f => f.Line == 1 && f.Column == 199), "the first US of seed 002 is at 1:199");
        Assert.IsEmpty(Findings("000", "News.AbbreviationDots"));
        Assert.IsEmpty(Findings("001", "News.AbbreviationDots"));
    }

    [TestMethod]
    public void Mixed_ise_and_ize_spellings_are_flagged()
    {
        Finding[] across = Findings("002", "News.IseIze");
        Assert.IsTrue(across.Any(f => TextAt(f) == "recognise"), "recognise flagged when the run mostly writes -ize");

        // Within seed 002 alone (-ise mostly), its one -ize form is the odd one out.
        string seed = Directory.GetFiles(TestPaths.RequireShared("seeds"), "002_*.txt").Single();
        Finding alone = new Linter(BuiltInRules.Checkers).Lint(Text.SourceDecoder.ReadFile(seed), seed, Config.LintConfig.Default)
            .Findings.Single(f => f.RuleId == "News.IseIze");
        Assert.AreEqual("recognizing", TextAt(alone));
        CollectionAssert.AreEqual(new[] { "recognising" }, alone.Suggestions.ToArray());
    }

    [TestMethod]
    public void Mixed_date_styles_are_flagged()
    {
        Finding ordinal = Findings("000", "News.DateStyle").Single();
        Assert.AreEqual("7th of October", TextAt(ordinal));
        Finding oct = Findings("002", "News.MonthAbbreviation").Single();
        Assert.AreEqual("Oct", TextAt(oct));
    }

    [TestMethod]
    public void Number_with_a_space_for_thousands_is_flagged()
    {
        // The seed writes "1 200" with a no-break space; the rule flags the space and suggests a comma.
        Finding number = Findings("001", "News.ThousandsSpace").Single();
        string source = File.ReadAllText(number.File);
        Assert.AreEqual("1\u00A0200", source.Substring(number.Offset - 1, 5));
        CollectionAssert.AreEqual(new[] { "," }, number.Suggestions.ToArray());
    }

    [TestMethod]
    public void Every_finding_points_at_its_text_in_all_three_formats()
    {
        IReadOnlyList<LintResult> results = Lint();
        Finding[] all = results.SelectMany(r => r.Findings).ToArray();
        Assert.IsNotEmpty(all);
        foreach (Finding f in all)
        {
            string source = File.ReadAllText(f.File);
            Assert.AreEqual(source.Substring(f.Offset, f.Length), TextAt(f), $"{f.RuleId} at {f.Line}:{f.Column}: line:column and offset disagree");
        }

        var text = new StringWriter();
        new TextFormatter().Write(text, results, []);
        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(all.Length, lines);
        for (int i = 0; i < all.Length; i++)
        {
            StringAssert.StartsWith(lines[i], $"{all[i].File}:{all[i].Line}:{all[i].Column}: {all[i].Severity.ToName()} {all[i].RuleId}: ");
        }

        var json = new StringWriter();
        new JsonFormatter().Write(json, results, []);
        JArray array = JArray.Parse(json.ToString());
        Assert.HasCount(all.Length, array);
        for (int i = 0; i < all.Length; i++)
        {
            Assert.AreEqual(all[i].Line, (int)array[i]["line"]!);
            Assert.AreEqual(all[i].Column, (int)array[i]["column"]!);
            Assert.AreEqual(all[i].RuleId, (string)array[i]["ruleId"]!);
        }

        var sarif = new StringWriter();
        new SarifFormatter().Write(sarif, results, BuiltInRules.Checkers.Select(c => c.Rule).ToArray());
        JArray sarifResults = (JArray)JObject.Parse(sarif.ToString())["runs"]![0]!["results"]!;
        Assert.HasCount(all.Length, sarifResults);
        for (int i = 0; i < all.Length; i++)
        {
            JToken region = sarifResults[i]["locations"]![0]!["physicalLocation"]!["region"]!;
            Assert.AreEqual(all[i].Line, (int)region["startLine"]!);
            Assert.AreEqual(all[i].Column, (int)region["startColumn"]!);
        }
    }
}

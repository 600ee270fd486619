using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Markup;

namespace StyleLint.Core.Tests.Engine;

/// <summary>The whole pipeline: a finding in prose lands on the exact line and column of the original file.</summary>
[TestClass]
public sealed class LinterTests
{
    /// <summary>Flags every occurrence of one word, as a real existence rule would.</summary>
    private sealed class WordChecker(string id, string word) : Checker
    {
        private readonly PhraseMatcher matcher = new([word], ignoreCase: false);

        public override RuleInfo Rule { get; } =
            new(id, "existence", Severity.Warning, RuleScope.Text, "Avoid '{match}'.", "", "", id + ".yml", [], []);

        public override void Check(AnalyzedDocument document, FindingSink sink)
        {
            var matches = new List<PhraseMatch>();
            foreach (TextSpan unit in document.Units(Rule.Scope)) matcher.FindAll(document.Text, unit.Start, unit.End, matches);
            foreach (PhraseMatch match in matches) sink.Report(Rule, match.Start, match.Length, []);
        }
    }

    private static readonly Linter Linter = new([new WordChecker("Test.Teh", "teh"), new WordChecker("Test.Utilize", "utilize")]);

    private static IReadOnlyList<Finding> Lint(string text, MarkupFormat format, LintConfig? config = null) =>
        Linter.LintText(text, "story", config, format).Findings;

    [TestMethod]
    public void Html_findings_point_at_the_original_line_and_column()
    {
        const string html = "<html>\r\n<body>\r\n  <p class=\"teh\">We &amp; <b>teh</b> team\r\n  utilize it.</p>\r\n</body></html>";

        IReadOnlyList<Finding> findings = Lint(html, MarkupFormat.Html);

        Assert.HasCount(2, findings);
        Assert.AreEqual((3, 30, 3, 33), (findings[0].Line, findings[0].Column, findings[0].EndLine, findings[0].EndColumn));
        Assert.AreEqual("teh", html.Substring(findings[0].Offset, findings[0].Length));
        Assert.AreEqual((4, 3), (findings[1].Line, findings[1].Column));
        Assert.AreEqual("Test.Utilize", findings[1].RuleId);
        Assert.AreEqual("Avoid 'utilize'.", findings[1].Message);
    }

    [TestMethod]
    public void Markdown_findings_point_at_the_original_line_and_column()
    {
        const string markdown = "# Teh title\n\n| a | teh |\n|---|-----|\n\nSome \\*teh\\* and [utilize](https://example.com/teh).\n";

        IReadOnlyList<Finding> findings = Lint(markdown, MarkupFormat.Markdown);

        CollectionAssert.AreEqual(
            new[] { (3, 7), (6, 8), (6, 19) },
            findings.Select(f => (f.Line, f.Column)).ToArray());
        Assert.IsTrue(findings.All(f => markdown.Substring(f.Offset, f.Length) is "teh" or "utilize"));
    }

    [TestMethod]
    public void Html_comment_directives_suppress_findings()
    {
        const string html = "<p>teh one</p>\n<!-- stylelint-disable Test.Teh -->\n<p>teh two, utilize</p>\n<!-- stylelint-enable -->\n<p>teh three</p>";

        IReadOnlyList<Finding> findings = Lint(html, MarkupFormat.Html);

        CollectionAssert.AreEqual(
            new[] { ("Test.Teh", 1), ("Test.Utilize", 3), ("Test.Teh", 5) },
            findings.Select(f => (f.RuleId, f.Line)).ToArray());
    }

    [TestMethod]
    public void Config_switches_rules_off()
    {
        LintConfig config = ConfigLoader.Parse(".stylelint.yml", "rules:\n  Test.Teh: off\n");

        IReadOnlyList<Finding> findings = Lint("teh and utilize", MarkupFormat.PlainText, config);

        Assert.AreEqual("Test.Utilize", findings.Single().RuleId);
    }
}

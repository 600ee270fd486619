using System.Text;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Checking.Kinds;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Engine;

/// <summary>
/// A file linted in segments gives the findings of the file linted whole, at the same line and column, in the
/// same order, for every check that does not ask questions of the whole document; and the whole-file decisions
/// (headline, inline disables, the consistency majority) are still made for the whole file.
/// </summary>
[TestClass]
public sealed class SegmentedLintTests
{
    private const int SegmentChars = 400;

    private sealed class WordChecker(string id, string word, RuleScope scope = RuleScope.Text) : Checker
    {
        private readonly PhraseMatcher matcher = new([word], ignoreCase: false);

        public override RuleInfo Rule { get; } = new(id, "existence", Severity.Warning, scope, "Avoid '{match}'.", "", "", id + ".yml", [], []);

        public override void Check(AnalyzedDocument document, FindingSink sink)
        {
            var matches = new List<PhraseMatch>();
            foreach (TextSpan unit in document.Units(Rule.Scope)) matcher.FindAll(document.Text, unit.Start, unit.End, matches);
            foreach (PhraseMatch match in matches) sink.Report(Rule, match.Start, match.Length, ["the"]);
        }
    }

    /// <summary>Marks where each paragraph starts: in hard-wrapped text a paragraph's second line does not.</summary>
    private sealed class ParagraphStartChecker : Checker
    {
        public override RuleInfo Rule { get; } = new("Test.ParagraphStart", "existence", Severity.Suggestion, RuleScope.Paragraph, "A paragraph starts here.", "", "", "p.yml", [], []);

        public override void Check(AnalyzedDocument document, FindingSink sink)
        {
            foreach (TextSpan unit in document.Units(Rule.Scope)) sink.Report(Rule, unit.Start, Math.Min(3, unit.End - unit.Start), []);
        }
    }

    /// <summary>U.S. or US, as the built-in rule decides: the majority in the document wins.</summary>
    private sealed class CountryChecker : Checker
    {
        private readonly ConsistencyVariant[] variants =
        [
            ConsistencyVariant.FromTokens("U.S.", new PhraseMatcher(["U.S."], ignoreCase: false)),
            ConsistencyVariant.FromTokens("US", new PhraseMatcher(["US"], ignoreCase: false)),
        ];

        public override RuleInfo Rule { get; } = new("Test.Country", "consistency", Severity.Warning, RuleScope.Text, "Use '{expected}', not '{match}'.", "", "", "c.yml", [], []);

        public override void Check(AnalyzedDocument document, FindingSink sink) => ConsistencyKind.Check(this, document, sink, variants, aligned: true);
    }

    private static readonly Linter Linter = new(
    [
        new WordChecker("Test.Teh", "teh"),
        new WordChecker("Test.Ferry", "Ferry", RuleScope.Heading),
        new CountryChecker(),
        new ParagraphStartChecker(),
    ]);

    public TestContext TestContext { get; set; } = null!;

    /// <summary>Own words: paragraphs with a slip at the start, in the middle and at the end of lines, CR LF and LF mixed.</summary>
    private static string Story(int paragraphs)
    {
        var text = new StringBuilder("Ferry timetable agreed\n\n");
        for (int i = 1; i <= paragraphs; i++)
        {
            string end = i % 3 == 0 ? "\r\n" : "\n";
            // A one-line paragraph now and then: were a segment's first line taken for a headline, it would be one.
            // One line too long for hard-wrapped copy: the file is one paragraph per line, though most segments
            // alone look hard-wrapped.
            if (i == 2) text.Append(string.Join(' ', Enumerable.Repeat("The harbour master spoke.", 6))).Append(end).Append(end);
            if (i % 2 == 0) text.Append("Ferry news follows.").Append(end).Append(end);
            string country = i is >= 30 and <= 34 ? "US" : "U.S."; // a run of US: the majority of a segment or two
            text.Append(i % 4 == 0 ? "teh " : "The ").Append("Ferry board met on day ").Append(i).Append(" and said teh boats").Append(end);
            text.Append("would run to the ").Append(country).Append(" coast, and later ").Append(country).Append(" ports, said teh").Append(end).Append(end);
        }
        return text.ToString();
    }

    private static (IReadOnlyList<Finding> Whole, IReadOnlyList<Finding> Segmented) LintBothWays(string text, LintConfig? config = null)
    {
        string path = Path.Combine(Path.GetTempPath(), $"stylelint-segments-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            config ??= LintConfig.Default;
            Assert.IsGreaterThan(5, new SegmentReader(path, SegmentChars, markdown: false).Read().Count(), "the test text is cut into segments");
            IReadOnlyList<Finding> whole = Linter.Lint(SourceDecoder.ReadFile(path), "story.txt", config).Findings;
            IReadOnlyList<Finding> segmented = SegmentedLint.Lint(Linter, path, "story.txt", config, MarkupFormat.PlainText, SegmentChars).Findings;
            return (whole, segmented);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} @{f.Offset}+{f.Length} {f.RuleId} {f.Message} [{string.Join("|", f.Suggestions)}]").ToArray();

    [TestMethod]
    public void Segmented_findings_are_the_whole_files_at_the_same_place_in_the_same_order()
    {
        string text = Story(60);

        (IReadOnlyList<Finding> whole, IReadOnlyList<Finding> segmented) = LintBothWays(text);

        CollectionAssert.AreEqual(Describe(whole), Describe(segmented));
        Assert.IsTrue(segmented.All(f => f.RuleId == "Test.ParagraphStart" ? f.Column == 1 : text.Substring(f.Offset, f.Length) is "teh" or "Ferry" or "US" or "U.S."));
        // Every fourth paragraph starts with a slip: some of them are the first line of a segment.
        Assert.IsGreaterThan(10, segmented.Count(f => f.RuleId == "Test.Teh" && f.Column == 1));
    }

    [TestMethod]
    public void Only_the_files_first_line_is_a_headline_and_the_majority_is_the_files()
    {
        (_, IReadOnlyList<Finding> segmented) = LintBothWays(Story(60));

        // "Ferry" is in every paragraph, but only line 1 is a headline; US is the minority in the file, though
        // the majority of the segments that hold paragraphs 30 to 34.
        Assert.AreEqual("1:1", Describe(segmented.Where(f => f.RuleId == "Test.Ferry")).Single()[..3]);
        Finding[] country = segmented.Where(f => f.RuleId == "Test.Country").ToArray();
        Assert.HasCount(10, country);
        Assert.IsTrue(country.All(f => f.Message == "Use 'U.S.', not 'US'." && f.Suggestions.Single() == "U.S."));
    }

    [TestMethod]
    public void An_inline_disable_reaches_into_later_segments()
    {
        string story = Story(60);
        int middle = story.IndexOf("\n\nThe Ferry board met on day 21 ", StringComparison.Ordinal) + 2;
        Assert.IsGreaterThan(1000, middle);
        string text = story[..middle] + "<!-- stylelint-disable Test.Teh -->\n\n" + story[middle..];

        (IReadOnlyList<Finding> whole, IReadOnlyList<Finding> segmented) = LintBothWays(text);

        CollectionAssert.AreEqual(Describe(whole), Describe(segmented));
        int disabledAt = text.IndexOf("<!--", StringComparison.Ordinal);
        Assert.IsFalse(segmented.Any(f => f.RuleId == "Test.Teh" && f.Offset > disabledAt));
        Assert.IsTrue(segmented.Any(f => f.RuleId == "Test.Teh" && f.Offset < disabledAt));
    }
}

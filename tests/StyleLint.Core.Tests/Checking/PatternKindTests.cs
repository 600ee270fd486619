using System.Text.RegularExpressions;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Checking.Kinds;
using StyleLint.Findings;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Checking;

[TestClass]
public sealed class PatternKindTests
{
    private sealed class PatternChecker(string pattern, string? suggest) : Checker
    {
        private readonly Regex regex = new(pattern, RegexOptions.None, PatternKind.MatchTimeout);

        public override RuleInfo Rule { get; } =
            new("Test.Pattern", "pattern", Severity.Warning, RuleScope.Text, "'{match}' / {suggestion}", "", "", "", [], []);

        public override void Check(AnalyzedDocument document, FindingSink sink) => PatternKind.Check(this, document, sink, regex, suggest);
    }

    private static (string Text, string Message, string[] Suggestions)[] Run(string pattern, string? suggest, string text)
    {
        var document = new AnalyzedDocument(new PlainTextAdapter().Extract(SourceText.FromString("test.txt", text)));
        var sink = new FindingSink(document);
        new PatternChecker(pattern, suggest).Check(document, sink);
        return sink.Findings.Select(f => (document.Text.Substring(f.Start, f.Length), f.Message, f.Suggestions)).ToArray();
    }

    [TestMethod]
    public void The_whole_match_is_the_finding_without_a_finding_group()
    {
        var found = Run(@"\. [a-z]+", null, "One. two. Three. four");

        CollectionAssert.AreEqual(new[] { ". two", ". four" }, found.Select(f => f.Text).ToArray());
    }

    [TestMethod]
    public void A_group_named_finding_is_the_finding_and_the_match_in_its_message()
    {
        var found = Run(@"\. (?<finding>[a-z]+)", null, "One. two. Three. four");

        CollectionAssert.AreEqual(new[] { "two", "four" }, found.Select(f => f.Text).ToArray());
        Assert.AreEqual("'two' / ", found[0].Message);
    }

    [TestMethod]
    public void With_a_finding_group_the_suggestion_may_refer_to_any_group()
    {
        var found = Run(@"(?<stop>\.) (?<finding>[a-z]+)", "${finding}${stop}", "One. two");

        Assert.AreEqual("two", found.Single().Text);
        CollectionAssert.AreEqual(new[] { "two." }, found.Single().Suggestions);
    }

    [TestMethod]
    public void A_finding_group_that_takes_no_part_or_is_empty_reports_nothing()
    {
        var found = Run(@"\.(?: (?<finding>[a-z]*))?", null, "One. Two. three");

        CollectionAssert.AreEqual(new[] { "three" }, found.Select(f => f.Text).ToArray());
    }

    [TestMethod]
    public void Consistency_uses_are_the_finding_group_too()
    {
        const string text = "Up 5%, then 6 %, then 7 per cent.";

        List<TextSpan> spans = PatternKind.Spans(new Regex(@"\d(?<finding>\s?%)"), text, new TextSpan(0, text.Length));

        CollectionAssert.AreEqual(new[] { "%", " %" }, spans.Select(s => text.Substring(s.Start, s.Length)).ToArray());
    }
}

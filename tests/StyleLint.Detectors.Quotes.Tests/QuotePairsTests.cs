using StyleLint.Analysis;
using StyleLint.Checking.Detectors;
using StyleLint.Checking.Detectors.Quotes;
using static StyleLint.Detectors.Quotes.Tests.Texts;

namespace StyleLint.Detectors.Quotes.Tests;

[TestClass]
public sealed class QuotePairsTests
{
    private static readonly QuotePairsDetector Detector = new(DetectorOptions.None);

    private static (int Start, string Mark, string Suggestion)[] Find(string text)
    {
        AnalyzedDocument document = Analyze(text);
        return Detector.Find(document).Select(p => (p.Start, At(document, new TextSpan(p.Start, p.Length)), p.Suggestions.FirstOrDefault() ?? "")).ToArray();
    }

    [TestMethod]
    [DataRow("“We will win,” she said. “Next week we go again.”")]
    [DataRow("\"We will win,\" she said. \"Next week we go again.\"")]
    [DataRow("She said: “We will win.\n“Next week we go again.”")]
    [DataRow("He’s 5’6” tall, loves rock ’n’ roll and the ’90s, and said: “Don’t ask me ‘why’.”")]
    [DataRow("It was Hamas’ attack, and the players’ union said nothing.")]
    [DataRow("“ We will win,” she said.")]
    [DataRow("Economy 'stronger than forecast' says bank")]
    public void Clean_copy_is_not_flagged(string text)
    {
        Assert.IsEmpty(Find(text));
    }

    [TestMethod]
    public void An_opening_mark_closing_a_quote_is_flagged_with_the_closing_mark()
    {
        const string text = "“This is bullying,” he said. “It is wrong.“";
        CollectionAssert.AreEqual(new[] { (text.Length - 1, "“", "”") }, Find(text));
    }

    [TestMethod]
    public void A_closing_mark_opening_a_quote_is_flagged_with_the_opening_mark()
    {
        CollectionAssert.AreEqual(new[] { (9, "”", "“") }, Find("He said: ”We will win.”"));
    }

    [TestMethod]
    public void An_unclosed_quote_and_an_unopened_one_are_flagged_without_a_suggestion()
    {
        CollectionAssert.AreEqual(new[] { (10, "“", "") }, Find("She said: “We will win this week.\nThe crowd cheered."));
        CollectionAssert.AreEqual(new[] { (17, "”", "") }, Find("The crowd cheered” and went home."));
    }

    [TestMethod]
    public void A_wrong_way_apostrophe_is_flagged_with_the_apostrophe()
    {
        CollectionAssert.AreEqual(new[] { (30, "‘", "’") }, Find("It was the biggest hit of the ‘90s."));
    }

    [TestMethod]
    public void A_straight_mark_in_curly_copy_is_flagged_with_the_curly_one()
    {
        const string text = "“We will win,” she said. \"Next week we go again,” he added.";
        CollectionAssert.AreEqual(new[] { (25, "\"", "“") }, Find(text));
    }

    [TestMethod]
    public void A_curly_mark_in_straight_copy_is_flagged_with_the_straight_one()
    {
        const string text = "\"We will win,\" she said. \"Next week,\" he added. “Again.\"";
        CollectionAssert.AreEqual(new[] { (48, "“", "\"") }, Find(text));
    }

    [TestMethod]
    public void At_most_one_finding_per_paragraph_the_most_telling_first()
    {
        const string text = "“We will win,” she said. \"Next week,\" he added, in the ‘90s style. “It is wrong.“\nThe crowd cheered” and left.";
        var found = Find(text);
        Assert.HasCount(2, found);
        Assert.AreEqual(("“", "”"), (found[0].Mark, found[0].Suggestion));
        Assert.AreEqual(("”", ""), (found[1].Mark, found[1].Suggestion));
    }
}

using StyleLint.Analysis;
using StyleLint.Core.Tests.Support;
using StyleLint.Markup;

namespace StyleLint.Core.Tests.Markup;

[TestClass]
public sealed class PlainTextAdapterTests
{
    private static ProseDocument Extract(string text) => Prose.Extract(new PlainTextAdapter(), text, "story.txt");

    [TestMethod]
    public void Each_line_is_a_paragraph()
    {
        const string text = "The harbour reopened on Monday after a week of storms.\nFishing boats were the first to leave.\nTraders said business was slow.\n";
        ProseDocument document = Extract(text);

        CollectionAssert.AreEqual(
            new[] { "The harbour reopened on Monday after a week of storms.", "Fishing boats were the first to leave.", "Traders said business was slow." },
            Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.Paragraph));
    }

    [TestMethod]
    public void Blank_lines_separate_paragraphs_and_a_first_line_before_a_blank_line_is_the_headline()
    {
        const string text = "Harbour reopens after storms\n\nBoats left at dawn.\n\n\nTraders were cautious.\n";
        ProseDocument document = Extract(text);

        CollectionAssert.AreEqual(new[] { "Harbour reopens after storms", "Boats left at dawn.", "Traders were cautious." }, Prose.Blocks(document));
        Assert.AreEqual(BlockKind.Heading, document.Blocks[0].Kind);
        Assert.AreEqual(1, document.Blocks[0].HeadingLevel);
        Assert.AreEqual(BlockKind.Paragraph, document.Blocks[1].Kind);
        Assert.AreEqual(BlockKind.Paragraph, document.Blocks[2].Kind);
    }

    [TestMethod]
    public void A_first_line_without_a_blank_line_after_it_is_not_a_headline()
    {
        ProseDocument document = Extract("First line of copy.\nSecond line of copy.\n");

        Assert.IsFalse(document.Blocks[0].IsHeading);
    }

    [TestMethod]
    public void A_first_line_longer_than_the_headline_limit_is_a_paragraph()
    {
        string atLimit = new string('a', PlainTextAdapter.MaxHeadlineLength);
        string overLimit = atLimit + "a";

        Assert.IsTrue(Extract(atLimit + "\n\nBody.").Blocks[0].IsHeading);
        Assert.IsFalse(Extract(overLimit + "\n\nBody.").Blocks[0].IsHeading);
    }

    [TestMethod]
    public void Hard_wrapped_text_joins_its_lines_into_paragraphs()
    {
        const string text =
            "The council met on Tuesday\n" +
            "to discuss the budget, and\n" +
            "voted to approve it after a\n" +
            "long debate.\n" +
            "\n" +
            "Opponents said the plan\n" +
            "was rushed.\n";
        ProseDocument document = Extract(text);

        CollectionAssert.AreEqual(
            new[]
            {
                "The council met on Tuesday\nto discuss the budget, and\nvoted to approve it after a\nlong debate.",
                "Opponents said the plan\nwas rushed.",
            },
            Prose.Blocks(document));
        Prose.AssertMapsExactly(document, "Tuesday\nto discuss", text.IndexOf("Tuesday", StringComparison.Ordinal));
        Prose.AssertMapsExactly(document, "was rushed.", text.IndexOf("was rushed.", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Lines_holding_only_a_directive_are_not_prose()
    {
        const string text = "First paragraph here.\n<!-- stylelint-disable News.Passive -->\nSecond paragraph here.\n  <!-- stylelint-enable -->  \n";
        ProseDocument document = Extract(text);

        CollectionAssert.AreEqual(new[] { "First paragraph here.", "Second paragraph here." }, Prose.Blocks(document));
        Assert.DoesNotContain("stylelint", document.Text);
    }

    [TestMethod]
    public void A_comment_that_is_not_a_directive_is_still_text()
    {
        ProseDocument document = Extract("Before.\n<!-- a note -->\nAfter.\n");

        CollectionAssert.Contains(Prose.Blocks(document), "<!-- a note -->");
    }

    [TestMethod]
    public void Crlf_files_map_exactly()
    {
        const string text = "Storm warning issued\r\n\r\nWinds will reach 90 km/h.\r\nSchools are closed.\r\n";
        ProseDocument document = Extract(text);

        CollectionAssert.AreEqual(new[] { "Storm warning issued", "Winds will reach 90 km/h.", "Schools are closed." }, Prose.Blocks(document));
        Prose.AssertMapsExactly(document, "Schools", text.IndexOf("Schools", StringComparison.Ordinal));
        Assert.AreEqual((4, 1), Prose.LineColumnOf(document, "Schools"));
        Assert.AreEqual((3, 18), Prose.LineColumnOf(document, "90"));
        Prose.AssertEveryCharacterMaps(document);
    }

    [TestMethod]
    public void Hard_wrapped_crlf_text_keeps_the_line_break_verbatim()
    {
        const string text = "One short line\r\nand another one\r\nand a third one\r\nand the end.\r\n";
        ProseDocument document = Extract(text);

        Assert.AreEqual("One short line\r\nand another one\r\nand a third one\r\nand the end.", Prose.Blocks(document).Single());
        Assert.AreEqual((4, 9), Prose.LineColumnOf(document, "end"));
    }

    [TestMethod]
    public void Cr_only_files_split_lines()
    {
        ProseDocument document = Extract("First line here.\rSecond line here.\r");

        CollectionAssert.AreEqual(new[] { "First line here.", "Second line here." }, Prose.Blocks(document));
    }
}

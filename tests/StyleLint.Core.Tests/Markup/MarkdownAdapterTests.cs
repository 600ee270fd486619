using StyleLint.Analysis;
using StyleLint.Core.Tests.Support;
using StyleLint.Markup;

namespace StyleLint.Core.Tests.Markup;

[TestClass]
public sealed class MarkdownAdapterTests
{
    private static ProseDocument Extract(string markdown) => Prose.Extract(new MarkdownAdapter(), markdown, "story.md");

    private static void AssertWordsMapExactly(ProseDocument document, string source, params string[] words)
    {
        foreach (string word in words)
        {
            Prose.AssertMapsExactly(document, word, source.IndexOf(word, StringComparison.Ordinal));
        }
    }

    [TestMethod]
    public void Headings_keep_their_level()
    {
        const string markdown = "# Top story\n\nIntro.\n\n### Third level\n\nSetext heading\n--------------\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Top story", "Intro.", "Third level", "Setext heading" }, Prose.Blocks(document));
        CollectionAssert.AreEqual(new[] { 1, 0, 3, 2 }, document.Blocks.Select(b => b.HeadingLevel).ToArray());
        AssertWordsMapExactly(document, markdown, "Top story", "Third level", "Setext heading");
    }

    [TestMethod]
    public void Paragraphs_span_their_lines()
    {
        const string markdown = "The mayor spoke\nfor an hour.\n\nThen she left.\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "The mayor spoke\nfor an hour.", "Then she left." }, Prose.Blocks(document));
        AssertWordsMapExactly(document, markdown, "spoke", "for an hour.", "Then she left.");
        Assert.AreEqual((2, 1), Prose.LineColumnOf(document, "for"));
    }

    [TestMethod]
    public void List_items_are_list_item_blocks()
    {
        const string markdown = "- First point\n- Second point\n  1. Nested point\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "First point", "Second point", "Nested point" }, Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.ListItem));
        AssertWordsMapExactly(document, markdown, "First point", "Nested point");
    }

    [TestMethod]
    public void Block_quotes_are_block_quote_blocks()
    {
        const string markdown = "> Quoted line one\n> still quoted.\n>\n> Second quoted para.\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Quoted line one\nstill quoted.", "Second quoted para." }, Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.BlockQuote));
        AssertWordsMapExactly(document, markdown, "Quoted", "still quoted.", "Second quoted para.");
    }

    [TestMethod]
    public void Table_cells_are_table_cell_blocks()
    {
        const string markdown = "| Ward | Votes |\n|------|-------|\n| North | Many |\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Ward", "Votes", "North", "Many" }, Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.TableCell));
        AssertWordsMapExactly(document, markdown, "Ward", "Votes", "North", "Many");
        Prose.AssertEveryCharacterMaps(document);
    }

    [TestMethod]
    public void Code_blocks_and_html_blocks_are_not_prose()
    {
        const string markdown =
            "Before code.\n\n```\nfenced code words\n```\n\n    indented code words\n\n<div>\nhtml block words\n</div>\n\nAfter code.\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Before code.", "After code." }, Prose.Blocks(document));
        AssertWordsMapExactly(document, markdown, "After code.");
    }

    [TestMethod]
    public void Inline_code_is_a_placeholder_mapped_to_the_whole_span()
    {
        const string markdown = "Type `rm -rf` carefully.\n";
        ProseDocument document = Extract(markdown);

        Assert.AreEqual("Type \uFFFC carefully.", Prose.Blocks(document).Single());
        Assert.AreEqual("`rm -rf`", Prose.SourceTextOf(document, "\uFFFC"));
        AssertWordsMapExactly(document, markdown, "carefully.");
    }

    [TestMethod]
    public void Autolinks_link_targets_and_images_are_not_prose_but_emphasis_and_link_labels_are()
    {
        const string markdown = "See <https://example.com/teh> and [the *full* report](https://example.com/teh \"teh title\") with ![teh chart](c.png) and **bold** words.\n";
        ProseDocument document = Extract(markdown);

        Assert.AreEqual("See \uFFFC and the full report with \uFFFC and bold words.", Prose.Blocks(document).Single());
        Assert.DoesNotContain("teh", document.Text);
        Assert.AreEqual("<https://example.com/teh>", Prose.SourceTextOf(document, "\uFFFC"));
        Assert.AreEqual("![teh chart](c.png)", Prose.SourceTextOf(document, "\uFFFC", occurrence: 1));
        AssertWordsMapExactly(document, markdown, "the ", "full", "report", "bold", "words.");
        Prose.AssertEveryCharacterMaps(document);
    }

    [TestMethod]
    public void Inline_html_tags_are_not_prose_but_the_text_between_them_is()
    {
        const string markdown = "A <b>bold</b> claim.\n";
        ProseDocument document = Extract(markdown);

        Assert.AreEqual("A bold claim.", Prose.Blocks(document).Single());
        AssertWordsMapExactly(document, markdown, "bold", " claim.");
    }

    [TestMethod]
    public void Entities_map_to_the_whole_reference()
    {
        const string markdown = "Fish &amp; chips cost &pound;5 &#8212; a bargain.\n";
        ProseDocument document = Extract(markdown);

        Assert.AreEqual("Fish & chips cost \u00A35 \u2014 a bargain.", Prose.Blocks(document).Single());
        Assert.AreEqual("&amp;", Prose.SourceTextOf(document, "&"));
        Assert.AreEqual("&pound;", Prose.SourceTextOf(document, "\u00A3"));
        Assert.AreEqual("&#8212;", Prose.SourceTextOf(document, "\u2014"));
        AssertWordsMapExactly(document, markdown, "chips", "a bargain.");
    }

    [TestMethod]
    public void Backslash_escapes_map_to_the_escape()
    {
        const string markdown = "Not \\*emphasis\\* at all, 5 \\# here.\n";
        ProseDocument document = Extract(markdown);

        Assert.AreEqual("Not *emphasis* at all, 5 # here.", Prose.Blocks(document).Single());
        Assert.AreEqual("\\*", Prose.SourceTextOf(document, "*"));
        Assert.AreEqual("\\#", Prose.SourceTextOf(document, "#"));
        AssertWordsMapExactly(document, markdown, "emphasis", "at all", "here.");
        Prose.AssertEveryCharacterMaps(document);
    }

    [TestMethod]
    public void Front_matter_is_not_prose()
    {
        const string markdown = "---\ntitle: Teh headline\nauthor: Someone\n---\n\nBody text.\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Body text." }, Prose.Blocks(document));
        AssertWordsMapExactly(document, markdown, "Body text.");
    }

    [TestMethod]
    public void Hard_line_breaks_keep_the_words_around_them_exact()
    {
        const string markdown = "First line ends here  \nsecond line\\\nthird line.\n";
        ProseDocument document = Extract(markdown);

        AssertWordsMapExactly(document, markdown, "First", "here", "second line", "third line.");
    }

    [TestMethod]
    public void Words_map_exactly_in_crlf_files()
    {
        const string markdown = "# Title\r\n\r\nA paragraph over\r\ntwo lines with *emphasis*.\r\n\r\n- An item\r\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Title", "A paragraph over\ntwo lines with emphasis.", "An item" }, Prose.Blocks(document).Select(b => b.Replace("\r\n", "\n")).ToArray());
        AssertWordsMapExactly(document, markdown, "Title", "paragraph over", "two lines", "emphasis", "An item");
        Assert.AreEqual((4, 17), Prose.LineColumnOf(document, "emphasis"));
    }

    [TestMethod]
    public void Directive_comments_are_not_prose()
    {
        const string markdown = "<!-- stylelint-disable -->\n\nSome text.\n\n<!-- stylelint-enable -->\n";
        ProseDocument document = Extract(markdown);

        CollectionAssert.AreEqual(new[] { "Some text." }, Prose.Blocks(document));
    }
}

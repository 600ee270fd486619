using StyleLint.Analysis;
using StyleLint.Core.Tests.Support;
using StyleLint.Markup;

namespace StyleLint.Core.Tests.Markup;

[TestClass]
public sealed class HtmlAdapterTests
{
    private static ProseDocument Extract(string html) => Prose.Extract(new HtmlAdapter(), html, "article.html");

    [TestMethod]
    public void Block_elements_become_blocks_of_their_kind()
    {
        ProseDocument document = Extract(
            "<h2>Council votes</h2><p>The vote was close.</p><ul><li>First item</li></ul>" +
            "<blockquote><p>Quoted words.</p></blockquote><table><tr><th>Ward</th><td>North</td></tr></table>" +
            "<figure><img src=\"a.jpg\"><figcaption>The town hall.</figcaption></figure><dl><dt>Term</dt><dd>Meaning</dd></dl>");

        CollectionAssert.AreEqual(
            new[] { "Council votes", "The vote was close.", "First item", "Quoted words.", "Ward", "North", "The town hall.", "Term", "Meaning" },
            Prose.Blocks(document));
        CollectionAssert.AreEqual(
            new[]
            {
                BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.BlockQuote, BlockKind.TableCell,
                BlockKind.TableCell, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph,
            },
            document.Blocks.Select(b => b.Kind).ToArray());
        Assert.AreEqual(2, document.Blocks[0].HeadingLevel);
    }

    [TestMethod]
    public void Heading_levels_come_from_the_element()
    {
        ProseDocument document = Extract("<h1>One</h1><h3>Three</h3><h6>Six</h6>");

        CollectionAssert.AreEqual(new[] { 1, 3, 6 }, document.Blocks.Select(b => b.HeadingLevel).ToArray());
        Assert.IsTrue(document.Blocks.All(b => b.IsHeading));
    }

    [TestMethod]
    public void Text_loose_in_containers_is_a_paragraph()
    {
        ProseDocument document = Extract("<body>Lead text<div>Box text<p>Inner para</p>Tail text</div><section>Section words</section></body>");

        CollectionAssert.AreEqual(new[] { "Lead text", "Box text", "Inner para", "Tail text", "Section words" }, Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.Paragraph));
    }

    [TestMethod]
    public void Every_word_maps_to_its_exact_source_offset()
    {
        const string html = "<!DOCTYPE html>\n<html><head><title>Page</title></head>\n<body>\n  <p class=\"lede\">Rain fell on <a href=\"/city\">the city</a> all night.</p>\n</body></html>";
        ProseDocument document = Extract(html);

        foreach (string word in new[] { "Rain", "fell", "the city", "all night." })
        {
            Prose.AssertMapsExactly(document, word, html.IndexOf(word, StringComparison.Ordinal));
        }
        Assert.AreEqual((4, 19), Prose.LineColumnOf(document, "Rain"));
        Prose.AssertEveryCharacterMaps(document);
    }

    [TestMethod]
    public void Crlf_files_map_to_the_right_line_and_column()
    {
        const string html = "<html>\r\n<body>\r\n<p>First line\r\nsecond line</p>\r\n<p>Next para</p>\r\n</body></html>\r\n";
        ProseDocument document = Extract(html);

        Assert.AreEqual((4, 1), Prose.LineColumnOf(document, "second"));
        Assert.AreEqual((5, 4), Prose.LineColumnOf(document, "Next"));
        Prose.AssertMapsExactly(document, "line\r\nsecond", html.IndexOf("line\r\nsecond", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Entities_decode_and_map_to_the_whole_reference()
    {
        const string html = "<p>Fish &amp; chips, the mayor&#8217;s plan, caf&eacute; and&nbsp;more &#x2014; done</p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("Fish & chips, the mayor\u2019s plan, caf\u00E9 and\u00A0more \u2014 done", Prose.Blocks(document).Single());
        Assert.AreEqual("&amp;", Prose.SourceTextOf(document, "&"));
        Assert.AreEqual("mayor&#8217;s", Prose.SourceTextOf(document, "mayor\u2019s"));
        Assert.AreEqual("caf&eacute;", Prose.SourceTextOf(document, "caf\u00E9"));
        Assert.AreEqual("&nbsp;", Prose.SourceTextOf(document, "\u00A0"));
        Assert.AreEqual("&#x2014;", Prose.SourceTextOf(document, "\u2014"));
        Prose.AssertMapsExactly(document, "done", html.IndexOf("done", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Legacy_entities_without_a_semicolon_map_to_what_the_parser_read()
    {
        const string html = "<p>R&D &amp Co &copy 2024 &unknown; ok</p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("R&D & Co \u00A9 2024 &unknown; ok", Prose.Blocks(document).Single());
        Assert.AreEqual("&amp Co", Prose.SourceTextOf(document, "& Co"));
        Assert.AreEqual("&copy", Prose.SourceTextOf(document, "\u00A9"));
        Prose.AssertMapsToItself(document, "&unknown;");
        Prose.AssertMapsExactly(document, "ok", html.IndexOf("ok", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Astral_characters_and_numeric_references_keep_columns_in_utf16_units()
    {
        const string html = "<p>\U0001F600 smile &#128512; grin</p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("&#128512;", Prose.SourceTextOf(document, "\U0001F600", occurrence: 1));
        Prose.AssertMapsExactly(document, "grin", html.IndexOf("grin", StringComparison.Ordinal));
        Assert.AreEqual((1, 7), Prose.LineColumnOf(document, "smile"));
    }

    [TestMethod]
    public void Scripts_styles_code_blocks_and_hidden_content_are_not_prose()
    {
        const string html =
            "<head><title>Tab title</title><style>p { color: red }</style></head><body>" +
            "<script>var words = \"script words\";</script><p>Visible one.</p>" +
            "<pre>preformatted words</pre><template><p>template words</p></template>" +
            "<noscript>noscript words</noscript><svg><text>svg words</text></svg>" +
            "<math><mi>mathwords</mi></math><!-- comment words --><p>Visible two.</p></body>";
        ProseDocument document = Extract(html);

        CollectionAssert.AreEqual(new[] { "Visible one.", "Visible two." }, Prose.Blocks(document));
        Prose.AssertMapsExactly(document, "Visible two.", html.IndexOf("Visible two.", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Attributes_are_never_prose()
    {
        const string html = "<p title=\"teh title\"><a href=\"http://example.com/teh\">Link text</a> and <img alt=\"teh alt\" src=\"x.png\"> more <abbr title=\"teh abbr\">NATO</abbr>.</p>";
        ProseDocument document = Extract(html);

        Assert.DoesNotContain("teh", document.Text);
        Assert.AreEqual("Link text and \uFFFC more NATO.", Prose.Blocks(document).Single());
        Prose.AssertMapsExactly(document, "NATO", html.IndexOf("NATO", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Text_that_also_appears_in_an_attribute_maps_to_the_text()
    {
        const string html = "<p><a title=\"Budget\" href=\"#Budget\">Budget</a> talks</p>";
        ProseDocument document = Extract(html);

        Prose.AssertMapsExactly(document, "Budget", html.LastIndexOf("Budget", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Text_that_also_appears_in_a_script_or_comment_maps_to_the_text()
    {
        const string html = "<div><script>document.write('Breaking news')</script><!-- Breaking news --><p>Breaking news</p></div>";
        ProseDocument document = Extract(html);

        Prose.AssertMapsExactly(document, "Breaking news", html.LastIndexOf("Breaking news", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Inline_code_is_one_placeholder_mapped_to_the_whole_element()
    {
        const string html = "<p>Run <code>make <b>all</b></code> then <kbd>Ctrl</kbd>+<kbd>C</kbd>.</p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("Run \uFFFC then \uFFFC+\uFFFC.", Prose.Blocks(document).Single());
        Assert.AreEqual("<code>make <b>all</b></code>", Prose.SourceTextOf(document, "\uFFFC"));
        Assert.AreEqual("<kbd>Ctrl</kbd>", Prose.SourceTextOf(document, "\uFFFC", occurrence: 1));
        Prose.AssertMapsExactly(document, "then", html.IndexOf("then", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Code_at_the_start_of_a_block_keeps_its_place_before_the_text()
    {
        const string html = "<p><code>grep</code> finds text.</p><div><code>only code</code></div>";
        ProseDocument document = Extract(html);

        CollectionAssert.AreEqual(new[] { "\uFFFC finds text." }, Prose.Blocks(document));
        Assert.AreEqual("<code>grep</code>", Prose.SourceTextOf(document, "\uFFFC"));
    }

    [TestMethod]
    public void Nested_inline_elements_keep_their_text_and_spacing()
    {
        const string html = "<p>A <strong>very <em>big <span class=\"x\">and <mark>bold</mark></span></em></strong> claim, <q>quoted</q> by <cite>a paper</cite> on <time datetime=\"2024-10-07\">Oct. 7</time>.<sup>1</sup></p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("A very big and bold claim, quoted by a paper on Oct. 7.1", Prose.Blocks(document).Single());
        foreach (string word in new[] { "very", "big", "and", "bold", "quoted", "a paper", "Oct. 7" })
        {
            Prose.AssertMapsExactly(document, word, html.IndexOf(">" + word, StringComparison.Ordinal) + 1);
        }
        Prose.AssertEveryCharacterMaps(document);
    }

    [TestMethod]
    public void Br_is_a_line_break_mapped_to_the_tag()
    {
        const string html = "<p>Line one<br>Line two<br />Line three</p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("Line one\nLine two\nLine three", Prose.Blocks(document).Single());
        Assert.AreEqual("<br>", Prose.SourceTextOf(document, "\n"));
        Assert.AreEqual("<br />", Prose.SourceTextOf(document, "\n", occurrence: 1));
        Prose.AssertMapsExactly(document, "Line three", html.IndexOf("Line three", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Whitespace_in_the_source_is_kept_verbatim_and_leading_space_is_not_part_of_a_block()
    {
        const string html = "<p>\n    Several   spaces\n\tand a tab.  </p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("Several   spaces\n\tand a tab.", Prose.Blocks(document).Single());
        Prose.AssertMapsExactly(document, "Several   spaces\n\tand", html.IndexOf("Several", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Empty_blocks_are_dropped()
    {
        ProseDocument document = Extract("<p></p><p>   </p><div>\n</div><p><img src=x></p><p>Real text</p>");

        CollectionAssert.AreEqual(new[] { "Real text" }, Prose.Blocks(document));
    }

    [TestMethod]
    public void Block_quote_paragraphs_and_loose_text_are_block_quotes()
    {
        ProseDocument document = Extract("<blockquote>Loose quote<p>Para one</p><p>Para two</p></blockquote>");

        CollectionAssert.AreEqual(new[] { "Loose quote", "Para one", "Para two" }, Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.BlockQuote));
    }

    [TestMethod]
    public void Nested_lists_split_items()
    {
        ProseDocument document = Extract("<ul><li>Outer start<ul><li>Inner</li></ul>outer end</li><li>Next</li></ul>");

        CollectionAssert.AreEqual(new[] { "Outer start", "Inner", "outer end", "Next" }, Prose.Blocks(document));
        Assert.IsTrue(document.Blocks.All(b => b.Kind == BlockKind.ListItem));
    }

    [TestMethod]
    public void Malformed_html_is_repaired_and_still_maps_exactly()
    {
        const string html = "<p>Unclosed para <b>bold <i>both</b> italic</i> end<p>Second <span>para</div> here</span><li>stray item";
        ProseDocument document = Extract(html);

        CollectionAssert.AreEqual(new[] { "Unclosed para bold both italic end", "Second para here", "stray item" }, Prose.Blocks(document));
        Assert.AreEqual("para</div> here", Prose.SourceTextOf(document, "para here"));
        foreach (string word in new[] { "Unclosed", "bold", "both", "italic", "end", "Second", "para", "here", "stray item" })
        {
            Prose.AssertMapsExactly(document, word, html.IndexOf(word, StringComparison.Ordinal));
        }
    }

    [TestMethod]
    public void Text_fostered_out_of_a_table_maps_to_where_it_was_written()
    {
        const string html = "<table><tr><td>Cell one</td></tr>Stray words<tr><td>Cell two</td></tr></table><p>After</p>";
        ProseDocument document = Extract(html);

        CollectionAssert.AreEqual(new[] { "Stray words", "Cell one", "Cell two", "After" }, Prose.Blocks(document));
        foreach (string word in new[] { "Cell one", "Stray words", "Cell two", "After" })
        {
            Prose.AssertMapsExactly(document, word, html.IndexOf(word, StringComparison.Ordinal));
        }
    }

    [TestMethod]
    public void Ignored_stray_tags_inside_text_are_skipped()
    {
        const string html = "<p>Half</span>way</em> there</p>";
        ProseDocument document = Extract(html);

        Assert.AreEqual("Halfway there", Prose.Blocks(document).Single());
        Assert.AreEqual("Half</span>way", Prose.SourceTextOf(document, "Halfway"));
        Prose.AssertMapsExactly(document, "there", html.IndexOf("there", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Tags_cut_off_by_the_end_of_the_file_do_not_throw()
    {
        foreach (string html in new[] { "<p>Ends in a tag <a href=\"x", "<p>Open comment <!-- never closed", "<", "&", "&#", "</", "<p>x</p><script>never closed", "" })
        {
            ProseDocument document = Extract(html);
            Prose.AssertEveryCharacterMaps(document);
        }
    }

    [TestMethod]
    public void A_file_that_is_not_html_is_read_as_text()
    {
        const string text = "Just a plain sentence.\nAnd another line with 3 < 4 and a & b.";
        ProseDocument document = Extract(text);

        Assert.AreEqual(text, Prose.Blocks(document).Single());
        Prose.AssertMapsExactly(document, "3 < 4 and a & b.", text.IndexOf("3 <", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Random_markup_soup_never_throws_and_verbatim_prose_maps_to_itself()
    {
        string[] parts =
        [
            "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<div>", "</div>", "<table>", "<tr>", "<td>", "</td>", "</table>",
            "<li>", "<ul>", "</ul>", "<br>", "<code>", "</code>", "<!-- c -->", "<script>x</script>", "&amp;", "&nbsp;",
            "&#8217;", "&copy", " ", "\r\n", "\n", "word", "Text", "more words", "<a href='q\"'>", "</a>", "<h2>", "</h2>",
            "<pre>", "</pre>", "<", ">", "&", "</span>", "<blockquote>", "\U0001F600",
        ];
        var random = new Random(20240607);
        for (int round = 0; round < 300; round++)
        {
            var html = new System.Text.StringBuilder();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++) html.Append(parts[random.Next(parts.Length)]);
            ProseDocument document = Extract(html.ToString());
            try
            {
                Prose.AssertEveryCharacterMaps(document);
            }
            catch (AssertFailedException e)
            {
                throw new AssertFailedException($"{e.Message}\nin: {html}\nprose: {document.Text}", e);
            }
        }
    }
}

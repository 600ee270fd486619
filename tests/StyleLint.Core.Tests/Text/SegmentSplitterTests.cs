using StyleLint.Text;

namespace StyleLint.Core.Tests.Text;

/// <summary>Where a huge text is cut: only between paragraphs, with each piece knowing its first line and offset.</summary>
[TestClass]
public sealed class SegmentSplitterTests
{
    private static List<TextSegment> Split(string text, int target, bool markdown = false, int feed = 7)
    {
        var splitter = new SegmentSplitter(target, markdown);
        var segments = new List<TextSegment>();
        // Fed in small uneven pieces, as blocks of a file arrive: a cut must not depend on where a block ends.
        for (int i = 0; i < text.Length; i += feed) segments.AddRange(splitter.Add(text.AsSpan(i, Math.Min(feed, text.Length - i))));
        if (splitter.Finish() is { } rest) segments.Add(rest);
        return segments;
    }

    private static string Paragraphs(int count, string lineEnd = "\n") =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"Paragraph {i} says the ferry ran late.{lineEnd}{lineEnd}"));

    [TestMethod]
    public void Segments_join_back_into_the_text_and_know_their_line_and_offset()
    {
        foreach (string lineEnd in new[] { "\n", "\r\n" })
        {
            string text = Paragraphs(40, lineEnd);
            List<TextSegment> segments = Split(text, 200);

            Assert.IsGreaterThan(3, segments.Count);
            Assert.AreEqual(text, string.Concat(segments.Select(s => s.Text)));
            var lines = new LineMap(text);
            foreach (TextSegment segment in segments)
            {
                Assert.AreEqual(segment.Text, text.Substring(segment.Offset, segment.Text.Length));
                Assert.AreEqual((segment.FirstLine, 1), lines.ToLineColumn(segment.Offset));
                Assert.IsTrue(segment.Text.Length >= 200 || segment == segments[^1], "only the last segment is short");
                Assert.StartsWith("Paragraph ", segment.Text, "a cut falls before a paragraph, after its blank line");
            }
        }
    }

    [TestMethod]
    public void A_paragraph_opening_with_a_quotation_mark_is_not_cut_from_the_one_before()
    {
        // A quotation over several paragraphs opens each again; every second paragraph here continues one.
        string text = string.Concat(Enumerable.Range(1, 30).Select(i => $"Paragraph {i} quotes her: \u201CWe waited.\n\n\u201CThen it came,\u201D she said.\n\n"));

        List<TextSegment> segments = Split(text, 100);

        Assert.IsGreaterThan(3, segments.Count);
        Assert.IsTrue(segments.All(s => s.Text.StartsWith("Paragraph ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Markdown_is_not_cut_inside_a_fenced_block_or_before_an_indented_line()
    {
        string fenced = "```\ncode\n\nStill code after a blank line.\n\nAnd more.\n```\n\n";
        string text = string.Concat(Enumerable.Range(1, 20).Select(i => $"Text {i}.\n\n{fenced}- item\n\n  continued item\n\n"));

        List<TextSegment> segments = Split(text, 60, markdown: true);

        Assert.IsGreaterThan(3, segments.Count);
        Assert.AreEqual(text, string.Concat(segments.Select(s => s.Text)));
        Assert.IsTrue(segments.All(s => s.Text.StartsWith("Text ", StringComparison.Ordinal)), string.Join("|", segments.Select(s => s.Text[..10])));
    }

    [TestMethod]
    public void A_text_without_paragraph_breaks_stays_one_segment()
    {
        string text = string.Concat(Enumerable.Repeat("One long line of copy without a break. ", 100));

        List<TextSegment> segments = Split(text, 100);

        Assert.HasCount(1, segments);
        Assert.AreEqual((text, 1, 0), (segments[0].Text, segments[0].FirstLine, segments[0].Offset));
    }
}

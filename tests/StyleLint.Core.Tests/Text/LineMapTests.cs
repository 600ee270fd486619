using StyleLint.Text;

namespace StyleLint.Core.Tests.Text;

[TestClass]
public sealed class LineMapTests
{
    [TestMethod]
    public void Lf_line_ends()
    {
        var map = new LineMap("ab\ncd\n\nef");

        Assert.AreEqual(4, map.LineCount);
        Assert.AreEqual((1, 1), map.ToLineColumn(0));
        Assert.AreEqual((1, 3), map.ToLineColumn(2), "the line end belongs to its line");
        Assert.AreEqual((2, 1), map.ToLineColumn(3));
        Assert.AreEqual((3, 1), map.ToLineColumn(6));
        Assert.AreEqual((4, 2), map.ToLineColumn(8));
    }

    [TestMethod]
    public void Crlf_is_one_line_end()
    {
        var map = new LineMap("ab\r\ncd\r\nef");

        Assert.AreEqual(3, map.LineCount);
        Assert.AreEqual((1, 4), map.ToLineColumn(3), "the LF of CR LF is still on line 1");
        Assert.AreEqual((2, 1), map.ToLineColumn(4));
        Assert.AreEqual((3, 2), map.ToLineColumn(9));
    }

    [TestMethod]
    public void A_lone_cr_is_a_line_end()
    {
        var map = new LineMap("ab\rcd\r\ref");

        Assert.AreEqual(4, map.LineCount);
        Assert.AreEqual((2, 1), map.ToLineColumn(3));
        Assert.AreEqual((3, 1), map.ToLineColumn(6));
        Assert.AreEqual((4, 1), map.ToLineColumn(7));
    }

    [TestMethod]
    public void Columns_count_utf16_code_units()
    {
        const string text = "\U0001F600x\n\u00E9y";
        var map = new LineMap(text);

        Assert.AreEqual((1, 3), map.ToLineColumn(text.IndexOf('x')), "a surrogate pair is two columns");
        Assert.AreEqual((2, 2), map.ToLineColumn(text.IndexOf('y')));
    }

    [TestMethod]
    public void The_end_of_the_text_has_a_position()
    {
        var map = new LineMap("ab\n");

        Assert.AreEqual((2, 1), map.ToLineColumn(3));
        Assert.AreEqual((1, 1), new LineMap("").ToLineColumn(0));
    }

    [TestMethod]
    public void Line_starts_are_clamped_to_the_text()
    {
        var map = new LineMap("ab\ncd");

        Assert.AreEqual(0, map.LineStart(1));
        Assert.AreEqual(3, map.LineStart(2));
        Assert.AreEqual(3, map.LineStart(99));
        Assert.AreEqual(0, map.LineStart(0));
    }
}

using StyleLint.Suppression;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Suppression;

[TestClass]
public sealed class SuppressionMapTests
{
    private static SuppressionMap For(string text) => SuppressionMap.For(SourceText.FromString("story.md", text));

    private static int At(string text, string marker) => text.IndexOf(marker, StringComparison.Ordinal);

    [TestMethod]
    public void Without_directives_nothing_is_suppressed()
    {
        SuppressionMap map = For("Plain text <!-- an ordinary comment -->");

        Assert.IsTrue(map.IsEmpty);
        Assert.IsFalse(map.IsSuppressed("News.Passive", 0));
    }

    [TestMethod]
    public void Disable_and_enable_without_ids_switch_every_rule()
    {
        const string text = "before <!-- stylelint-disable --> inside <!-- stylelint-enable --> after";
        SuppressionMap map = For(text);

        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "before")));
        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "inside")));
        Assert.IsTrue(map.IsSuppressed("Other.Rule", At(text, "inside")));
        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "after")));
    }

    [TestMethod]
    public void Disable_one_rule_leaves_the_others_on()
    {
        const string text = "<!-- stylelint-disable News.Passive --> inside <!-- stylelint-enable News.Passive --> after";
        SuppressionMap map = For(text);

        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "inside")));
        Assert.IsFalse(map.IsSuppressed("News.Cliches", At(text, "inside")));
        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "after")));
    }

    [TestMethod]
    public void Disable_a_style_by_name_or_glob()
    {
        const string text = "<!-- stylelint-disable News --> one <!-- stylelint-enable --> <!-- stylelint-disable House.* --> two";
        SuppressionMap map = For(text);

        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "one")));
        Assert.IsFalse(map.IsSuppressed("NewsExtra.Passive", At(text, "one")), "a style name is not a prefix of another style");
        Assert.IsFalse(map.IsSuppressed("House.Numbers", At(text, "one")));
        Assert.IsTrue(map.IsSuppressed("House.Numbers", At(text, "two")));
        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "two")));
    }

    [TestMethod]
    public void Several_ids_in_one_directive()
    {
        const string text = "<!-- stylelint-disable News.Passive, House.Numbers --> inside";
        SuppressionMap map = For(text);

        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "inside")));
        Assert.IsTrue(map.IsSuppressed("House.Numbers", At(text, "inside")));
        Assert.IsFalse(map.IsSuppressed("News.Cliches", At(text, "inside")));
    }

    [TestMethod]
    public void Ids_may_be_written_over_several_lines()
    {
        const string text = "<!-- stylelint-disable\r\n  News.Passive,\n  House.Numbers\n-->\ninside";
        SuppressionMap map = For(text);

        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "inside")));
        Assert.IsTrue(map.IsSuppressed("House.Numbers", At(text, "inside")));
    }

    [TestMethod]
    public void Enable_of_one_rule_keeps_the_other_disables_open()
    {
        const string text = "<!-- stylelint-disable News.Passive --><!-- stylelint-disable House.Numbers --> one <!-- stylelint-enable News.Passive --> two";
        SuppressionMap map = For(text);

        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "one")));
        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "two")));
        Assert.IsTrue(map.IsSuppressed("House.Numbers", At(text, "two")));
    }

    [TestMethod]
    public void Disable_next_line_covers_only_the_next_line()
    {
        const string text = "line one\n<!-- stylelint-disable-next-line News.Passive -->\nline three\nline four";
        SuppressionMap map = For(text);

        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "line one")));
        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "line three")));
        Assert.IsTrue(map.IsSuppressed("News.Passive", At(text, "three")));
        Assert.IsFalse(map.IsSuppressed("News.Cliches", At(text, "line three")));
        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "line four")));
    }

    [TestMethod]
    public void Disable_next_line_without_ids_covers_every_rule_and_works_with_crlf()
    {
        const string text = "<!-- stylelint-disable-next-line -->\r\nnext line\r\nlater line";
        SuppressionMap map = For(text);

        Assert.IsTrue(map.IsSuppressed("Any.Rule", At(text, "next line")));
        Assert.IsFalse(map.IsSuppressed("Any.Rule", At(text, "later line")));
    }

    [TestMethod]
    public void Disable_next_line_on_the_last_line_suppresses_nothing()
    {
        SuppressionMap map = For("text\n<!-- stylelint-disable-next-line -->");

        Assert.IsFalse(map.IsSuppressed("Any.Rule", 0));
    }

    [TestMethod]
    public void An_unclosed_disable_runs_to_the_end_of_the_file()
    {
        const string text = "before <!-- stylelint-disable News.Passive --> to the very end";
        SuppressionMap map = For(text);

        Assert.IsFalse(map.IsSuppressed("News.Passive", At(text, "before")));
        Assert.IsTrue(map.IsSuppressed("News.Passive", text.Length - 1));
    }

    [TestMethod]
    public void Directive_lines_are_recognised()
    {
        Assert.IsTrue(InlineDirectives.IsDirectiveLine("<!-- stylelint-disable -->"));
        Assert.IsTrue(InlineDirectives.IsDirectiveLine("  <!-- stylelint-enable News.Passive -->  "));
        Assert.IsFalse(InlineDirectives.IsDirectiveLine("Text <!-- stylelint-disable -->"));
        Assert.IsFalse(InlineDirectives.IsDirectiveLine("<!-- just a comment -->"));
    }

    [TestMethod]
    public void Directives_are_found_with_their_verb_ids_and_range()
    {
        const string text = "x <!-- stylelint-disable-next-line A.B C.* --> y";
        var found = InlineDirectives.Find(text).Single();

        Assert.AreEqual("disable-next-line", found.Verb);
        CollectionAssert.AreEqual(new[] { "A.B", "C.*" }, found.Ids.ToArray());
        Assert.AreEqual(2, found.Start);
        Assert.AreEqual(text.Length - 2, found.End);
    }
}

using StyleLint.Analysis;

namespace StyleLint.Core.Tests.Analysis;

[TestClass]
public sealed class QuoteFinderTests
{
    private static string[] Quotes(string text)
    {
        var quotes = new List<TextSpan>();
        QuoteFinder.Find(text, new TextSpan(0, text.Length), quotes);
        return quotes.OrderBy(q => q.Start).Select(q => text.Substring(q.Start, q.Length)).ToArray();
    }

    [TestMethod]
    public void Curly_double_quotes_pair_and_the_span_is_the_content()
    {
        CollectionAssert.AreEqual(
            new[] { "We will rebuild", "soon" },
            Quotes("She said \u201CWe will rebuild\u201D and \u201Csoon\u201D."));
    }

    [TestMethod]
    public void Straight_double_quotes_pair()
    {
        CollectionAssert.AreEqual(new[] { "Not today", "maybe" }, Quotes("He said \"Not today\" and \"maybe\"."));
    }

    [TestMethod]
    public void Single_quotes_inside_a_double_quote_are_quotes()
    {
        CollectionAssert.AreEqual(
            new[] { "He told me \u2018never\u2019 twice", "never" },
            Quotes("\u201CHe told me \u2018never\u2019 twice\u201D"));
        CollectionAssert.AreEqual(
            new[] { "He told me 'never' twice", "never" },
            Quotes("\"He told me 'never' twice\""));
    }

    [TestMethod]
    public void Single_quotes_outside_a_double_quote_are_not_quotes()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Quotes("The so-called \u2018plan\u2019 failed."));
    }

    [TestMethod]
    public void Apostrophes_are_not_quote_marks()
    {
        CollectionAssert.AreEqual(
            new[] { "I don\u2019t think Hamas\u2019 leaders or the \u201990s crowd will say \u2018yes\u2019 today" , "yes" },
            Quotes("\u201CI don\u2019t think Hamas\u2019 leaders or the \u201990s crowd will say \u2018yes\u2019 today\u201D"));
        CollectionAssert.AreEqual(
            new[] { "I don't know about the '90s, she said 'no' then", "no" },
            Quotes("\"I don't know about the '90s, she said 'no' then\""));
    }

    [TestMethod]
    public void An_apostrophe_inside_a_single_quote_does_not_close_it()
    {
        CollectionAssert.AreEqual(
            new[] { "She said \u2018it\u2019s over\u2019 quietly", "it\u2019s over" },
            Quotes("\u201CShe said \u2018it\u2019s over\u2019 quietly\u201D"));
    }

    [TestMethod]
    public void Inch_and_foot_marks_are_not_quotes()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Quotes("The player is 5'6\" tall and the screen is 27\" wide."));
    }

    [TestMethod]
    public void An_unclosed_quote_runs_to_the_end_of_the_block()
    {
        const string text = "He began: \u201CThis will take time.\n\nNext block.";
        var quotes = new List<TextSpan>();
        QuoteFinder.Find(text, new TextSpan(0, 31), quotes);

        TextSpan quote = quotes.Single();
        Assert.AreEqual("This will take time.", text.Substring(quote.Start, quote.Length));
        Assert.AreEqual(31, quote.End);
    }

    [TestMethod]
    public void A_quote_closes_at_its_own_kind_of_mark()
    {
        CollectionAssert.AreEqual(new[] { "mixed" }, Quotes("A \u201Cmixed\" pair."));
    }
}

using StyleLint.Analysis;

namespace StyleLint.Core.Tests.Analysis;

[TestClass]
public sealed class MaskFinderTests
{
    private static string[] Masks(string text) =>
        MaskFinder.Find(text).Select(m => text.Substring(m.Start, m.Length)).ToArray();

    [TestMethod]
    public void Urls_are_masked_without_the_sentence_punctuation_after_them()
    {
        CollectionAssert.AreEqual(
            new[] { "https://example.com/news/teh-story?id=1", "http://old.example.org", "www.example.net/page" },
            Masks("Read https://example.com/news/teh-story?id=1. Or http://old.example.org, or (www.example.net/page)."));
    }

    [TestMethod]
    public void Email_addresses_are_masked()
    {
        CollectionAssert.AreEqual(new[] { "news.desk@example.co.uk" }, Masks("Write to news.desk@example.co.uk today."));
    }

    [TestMethod]
    public void Handles_and_hashtags_are_masked()
    {
        CollectionAssert.AreEqual(new[] { "@CityDesk", "#StormWatch" }, Masks("Follow @CityDesk and #StormWatch for updates."));
    }

    [TestMethod]
    public void A_hash_or_at_inside_a_word_is_not_a_handle()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Masks("Written in C# by a team of 5 at #1 spot"));
    }

    [TestMethod]
    public void Bare_domains_are_masked()
    {
        CollectionAssert.AreEqual(new[] { "bbc.co.uk", "example.com/path" }, Masks("It was on bbc.co.uk and example.com/path."));
    }

    [TestMethod]
    public void Dotted_abbreviations_are_not_masked()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Masks("The U.K. and the U.S. agreed, i.e. the E.U. did not."));
    }

    [TestMethod]
    public void Text_without_any_marker_character_has_no_masks()
    {
        Assert.IsEmpty(MaskFinder.Find("Plain words only"));
    }

    [TestMethod]
    public void Running_the_pattern_only_where_it_can_match_finds_what_it_finds_on_the_whole_text()
    {
        string[] pieces = ["a", "b1", "_", "-", "+", ".", "@", "#", "/", ":", "https://", "www.", ".com", ".co.uk", "x@y.org", " ", " ", "\n", "\t", "\u00A0", "\u2003", "\"", "<", "“", "(", ")", ",", "é"];
        var random = new Random(9);
        for (int k = 0; k < 20_000; k++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            CollectionAssert.AreEqual(MaskFinder.FindInWholeText(text), MaskFinder.Find(text), $"\"{text}\"");
        }
    }
}

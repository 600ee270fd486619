using StyleLint.Analysis;

namespace StyleLint.Core.Tests.Analysis;

[TestClass]
public sealed class WordTokenizerTests
{
    private static string[] Words(string text) =>
        WordTokenizer.Tokenize(text).Select(w => text.Substring(w.Start, w.Length)).ToArray();

    [TestMethod]
    public void Words_are_letters_and_digits()
    {
        CollectionAssert.AreEqual(new[] { "The", "G7", "met", "in", "2024" }, Words("The G7 met in 2024."));
    }

    [TestMethod]
    public void An_apostrophe_between_letters_stays_in_the_word()
    {
        CollectionAssert.AreEqual(new[] { "don't", "stop", "Trump\u2019s", "plan" }, Words("don't stop Trump\u2019s plan"));
    }

    [TestMethod]
    public void A_trailing_or_leading_apostrophe_is_not_part_of_the_word()
    {
        CollectionAssert.AreEqual(new[] { "Hamas", "leaders", "the", "90s" }, Words("Hamas\u2019 leaders, the \u201990s"));
    }

    [TestMethod]
    public void Hyphens_and_punctuation_split_words()
    {
        CollectionAssert.AreEqual(new[] { "well", "known", "e", "g", "co", "op" }, Words("well-known, e.g. co-op"));
    }

    [TestMethod]
    public void Combining_marks_stay_in_the_word()
    {
        const string text = "cafe\u0301 menu";

        CollectionAssert.AreEqual(new[] { "cafe\u0301", "menu" }, Words(text));
    }

    [TestMethod]
    public void Word_offsets_point_into_the_text()
    {
        Word[] words = WordTokenizer.Tokenize("  Two  words");

        Assert.AreEqual(new Word(2, 3), words[0]);
        Assert.AreEqual(new Word(7, 5), words[1]);
        Assert.AreEqual(12, words[1].End);
    }

    [TestMethod]
    public void Empty_and_punctuation_only_text_has_no_words()
    {
        Assert.IsEmpty(WordTokenizer.Tokenize(""));
        Assert.IsEmpty(WordTokenizer.Tokenize(" -- ... !"));
    }

    [TestMethod]
    public void Words_built_from_letter_runs_are_the_words_of_a_scan_by_character()
    {
        // Apostrophes before and after letters and digits, combining marks alone, after letters and before
        // apostrophes, non-ASCII letters and digits, and punctuation, in random order.
        string[] pieces = ["a", "B", "7", "\u0663", "é", "ß", "'", "\u2019", "\u0301", "\u20D7", " ", "-", ".", "\n", "don't", "e\u0301's"];
        var random = new Random(11);
        for (int k = 0; k < 20_000; k++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => pieces[random.Next(pieces.Length)]));
            CollectionAssert.AreEqual(WordTokenizer.TokenizeByCharacter(text), WordTokenizer.Tokenize(text), $"\"{text}\"");
        }
    }
}

namespace StyleLint.Vale.Tests;

/// <summary>The tokenizer of Vale's spelling rules.</summary>
[TestClass]
public sealed class ValeWordTokenizerTests
{
    [TestMethod]
    public void Punctuation_is_peeled_off_abbreviations_and_contractions_stay_whole()
    {
        List<string> tokens = ValeWordTokenizer.Tokenize("“Hello,” she said (in the U.S.), don’t pay $100 — Mr. Smith! :-)");

        CollectionAssert.AreEqual(new[] { "Hello", "she", "said", "in", "the", "U.S.", "don't", "pay", "Mr.", "Smith" }, tokens);
    }

    [TestMethod]
    public void Tokens_without_letters_are_dropped_and_inner_punctuation_is_kept()
    {
        List<string> tokens = ValeWordTokenizer.Tokenize("2024 -- e-mail x2 foo/bar");

        CollectionAssert.AreEqual(new[] { "e-mail", "x2", "foo/bar" }, tokens);
    }
}

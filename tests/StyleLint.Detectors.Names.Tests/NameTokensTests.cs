using StyleLint.Checking.Detectors.Names;

namespace StyleLint.Detectors.Names.Tests;

[TestClass]
public sealed class NameTokensTests
{
    [TestMethod]
    [DataRow("Guterres", true)]
    [DataRow("O'Neill", true)]
    [DataRow("O\u2019Neill", true)]
    [DataRow("Müller", true)]
    [DataRow("Łukasz", true)]
    [DataRow("NATO", false, DisplayName = "no lower-case letter")]
    [DataRow("Al", false, DisplayName = "too short")]
    [DataRow("guterres", false, DisplayName = "not capitalised")]
    [DataRow("B52s", false, DisplayName = "a digit")]
    [DataRow("Smith-Jones", false, DisplayName = "a hyphen")]
    public void Name_like_words(string word, bool expected) => Assert.AreEqual(expected, NameTokens.IsNameLike(word));

    [TestMethod]
    public void The_inline_ASCII_test_answers_as_the_char_methods_do()
    {
        // Random words of ASCII and other characters (letters of both cases, apostrophes, digits, symbols, a lone
        // surrogate), with a capital first letter half the time.
        const string alphabet = "aAzZmM'\u2019-09 .éÉßŁłΩωЖж\u00AA\u01C5\uD800_`{@[";
        var random = new Random(20250601);
        for (int n = 0; n < 50_000; n++)
        {
            var word = new char[random.Next(3, 12)];
            for (int k = 0; k < word.Length; k++) word[k] = alphabet[random.Next(alphabet.Length)];
            if (random.Next(2) == 0) word[0] = (char)random.Next('A', 'Z' + 1);
            Assert.AreEqual(Simple(word), NameTokens.IsNameLike(word), new string(word));
        }
    }

    /// <summary>The test as first written, with the char methods alone.</summary>
    private static bool Simple(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3 || !char.IsUpper(stem[0])) return false;
        bool lower = false;
        foreach (char c in stem)
        {
            if (char.IsLower(c)) lower = true;
            else if (!char.IsLetter(c) && c != '\'' && c != '\u2019') return false;
        }
        return lower;
    }
}

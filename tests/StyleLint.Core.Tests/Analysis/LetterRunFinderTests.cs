using System.Text;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Markup;
using StyleLint.Text;

namespace StyleLint.Core.Tests.Analysis;

[TestClass]
public sealed class LetterRunFinderTests
{
    private static string[] Runs(string text) =>
        LetterRunFinder.Find(text).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    [TestMethod]
    public void Runs_are_maximal_stretches_of_letters_and_digits()
    {
        CollectionAssert.AreEqual(new[] { "don", "t", "G7", "cafe", "2024", "\u0393\u0394" }, Runs("don't (G7) cafe\u0301 2024... \u0393\u0394!"));
        Assert.IsEmpty(LetterRunFinder.Find(""));
        Assert.IsEmpty(LetterRunFinder.Find(" -- ... !"));
    }

    [TestMethod]
    public void Runs_found_a_block_at_a_time_are_the_runs_of_a_test_of_every_character()
    {
        // Texts of every length around the 16-character blocks, ASCII letters, digits and the characters beside
        // them in the table ('/', ':', '@', '[', '`', '{'), and others: non-ASCII letters and digits, combining marks,
        // typographic punctuation, a surrogate pair, the last character.
        const string alphabet = "aZz09 /:@[`{.\n\u00E9\u0130\u0663\u0301\u2019\u201C\uD835\uDC00\u00A0\uFFFF\u007F\u0080";
        var random = new Random(3);
        for (int k = 0; k < 20_000; k++)
        {
            var builder = new StringBuilder();
            for (int n = random.Next(0, 70); n > 0; n--) builder.Append(alphabet[random.Next(alphabet.Length)]);
            string text = builder.ToString();
            CollectionAssert.AreEqual(LetterRunFinder.FindByCharacter(text), LetterRunFinder.Find(text), $"\"{text}\"");
        }
        string prose = string.Concat(Enumerable.Repeat("The G7 met in 2024, don't you know? Caf\u00E9s ", 40));
        CollectionAssert.AreEqual(LetterRunFinder.FindByCharacter(prose), LetterRunFinder.Find(prose));
    }

    [TestMethod]
    public void Letter_run_bits_are_the_filter_bits_of_the_runs_as_written_and_lower_cased()
    {
        // The lower-case bits are computed from three characters of each run, lower-cased one at a time; they must
        // be the bits of the run read from the lower-cased text (capitals whose lower case is another
        // character's, such as the Kelvin sign and dotted I, included).
        const string alphabet = "aZé1İßK\u212AΣσς x'.-\n";
        var random = new Random(5);
        for (int k = 0; k < 2000; k++)
        {
            var builder = new StringBuilder();
            for (int n = random.Next(0, 40); n > 0; n--) builder.Append(alphabet[random.Next(alphabet.Length)]);
            var document = new AnalyzedDocument(new PlainTextAdapter().Extract(SourceText.FromString("t.txt", builder.ToString())));
            TextSpan[] runs = document.LetterRuns;
            ushort[] asWritten = document.LetterRunBits(lowerCase: false);
            ushort[] lowered = document.LetterRunBits(lowerCase: true);
            for (int r = 0; r < runs.Length; r++)
            {
                Assert.AreEqual(PhraseMatcher.FilterBit(document.Text.AsSpan(runs[r].Start, runs[r].Length)), asWritten[r]);
                Assert.AreEqual(PhraseMatcher.FilterBit(document.LowerText.AsSpan(runs[r].Start, runs[r].Length)), lowered[r]);
            }
        }
    }
}

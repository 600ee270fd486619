using System.IO.Compression;
using StyleLint.Checking.Detectors.Names;
using StyleLint.Tests;

namespace StyleLint.Detectors.Names.Tests;

/// <summary>
/// The word sets read from the embedded names table (built from the lists at build time) hold what the lists say:
/// checked against the lists themselves, read here line by line.
/// </summary>
[TestClass]
public sealed class NameTableTests
{
    private static IEnumerable<string> Lines(string file)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(TestPaths.InRepository("src", "StyleLint.Core", "Data", file)), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line) yield return line;
    }

    [TestMethod]
    public void Every_English_word_of_the_list_is_found_as_written()
    {
        int words = 0;
        foreach (string word in Lines("english-words.txt.gz").Where(w => w.Length > 0))
        {
            words++;
            if (!NameData.Instance.EnglishWords.Contains(word)) Assert.Fail($"'{word}' is not found");
        }
        Assert.IsGreaterThan(100_000, words);
    }

    [TestMethod]
    public void Every_first_and_other_name_is_known_in_any_case_and_first_names_as_written()
    {
        NameData data = NameData.Instance;
        foreach (string[] f in Lines("names.tsv.gz").Where(l => l.Length >= 3 && l[0] != '#').Select(l => l.Split('\t')))
        {
            if (f[0] is not ("F" or "K")) continue;
            if (!data.KnownNames.Contains(f[1]) || !data.KnownNames.Contains(f[1].ToUpperInvariant()) || !data.KnownNames.Contains(f[1].ToLowerInvariant()))
            {
                Assert.Fail($"'{f[1]}' is not known in every case");
            }
            if (f[0] == "F" && !data.FirstNames.Contains(f[1])) Assert.Fail($"'{f[1]}' is not a first name");
        }
    }

    [TestMethod]
    public void Listed_words_and_places_are_in_their_sets()
    {
        NameData data = NameData.Instance;
        Assert.IsTrue(data.ListedWords.Contains("Huckabee"));
        Assert.IsTrue(data.KnownNames.Contains("HUCKABEE"));
        Assert.IsTrue(data.NonPersonNames.Contains("Chile"));
        Assert.IsTrue(data.KnownNames.Contains("chile"));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("Xqzvbnkt")]
    [DataRow("Huckabeee")]
    public void Words_the_lists_lack_are_in_no_set(string word)
    {
        NameData data = NameData.Instance;
        Assert.IsFalse(data.KnownNames.Contains(word) || data.FirstNames.Contains(word) || data.EnglishWords.Contains(word)
            || data.ListedWords.Contains(word) || data.NonPersonNames.Contains(word));
    }

    [TestMethod]
    public void Sets_that_are_case_sensitive_stay_so()
    {
        Assert.IsTrue(NameData.Instance.EnglishWords.Contains("spider"));
        Assert.IsFalse(NameData.Instance.EnglishWords.Contains("SPIDER"));
        Assert.IsFalse(NameData.Instance.FirstNames.Contains("mike"));
    }

    [TestMethod]
    public void A_word_longer_than_any_key_is_in_no_set()
    {
        Assert.IsFalse(NameData.Instance.KnownNames.Contains(new string('a', 300)));
    }
}

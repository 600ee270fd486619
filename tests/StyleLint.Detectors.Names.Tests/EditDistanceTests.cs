using StyleLint.Checking.Detectors.Names;

namespace StyleLint.Detectors.Names.Tests;

[TestClass]
public sealed class EditDistanceTests
{
    [TestMethod]
    [DataRow("Guterres", "Guterrez", 1, DisplayName = "substitution")]
    [DataRow("Davenport", "Daveport", 1, DisplayName = "deletion")]
    [DataRow("Ferreira", "Ferrerira", 1, DisplayName = "insertion")]
    [DataRow("Chelsea", "Cheslea", 1, DisplayName = "transposition")]
    [DataRow("Huckabee", "Hacabee", 2, DisplayName = "substitution and deletion")]
    [DataRow("Blair", "blair", 0, DisplayName = "case does not count")]
    [DataRow("", "Bush", 4, DisplayName = "empty")]
    public void Counts_single_character_edits(string a, string b, int expected)
    {
        Assert.AreEqual(expected, EditDistance.Between(a, b));
        Assert.AreEqual(expected, EditDistance.Between(b, a));
    }

    [TestMethod]
    public void Stops_at_the_bound()
    {
        Assert.AreEqual(3, EditDistance.Between("Macron", "Merkel", 2));
        Assert.AreEqual(3, EditDistance.Between("Ann", "Annabelle", 2));
    }

    [TestMethod]
    public void A_bound_only_cuts_the_answer_short()
    {
        // The letter-mask shortcut taken under small bounds must agree with the full table.
        var random = new Random(9);
        const string letters = "aAbBeEiInNrRsStTéÉ";
        for (int k = 0; k < 20_000; k++)
        {
            string a = Word(random, letters), b = random.Next(3) == 0 ? Mutate(random, a, letters) : Word(random, letters);
            int full = EditDistance.Between(a, b);
            for (int bound = 0; bound <= 3; bound++)
            {
                Assert.AreEqual(Math.Min(full, bound + 1), EditDistance.Between(a, b, bound), $"{a} / {b}, bound {bound}");
            }
        }
    }

    private static string Word(Random random, string letters) =>
        new(Enumerable.Range(0, random.Next(0, 9)).Select(_ => letters[random.Next(letters.Length)]).ToArray());

    private static string Mutate(Random random, string word, string letters)
    {
        var chars = word.ToList();
        for (int edits = random.Next(1, 3); edits > 0; edits--)
        {
            int at = random.Next(chars.Count + 1);
            int edit = chars.Count == 0 ? 0 : random.Next(4);
            if (edit == 0) chars.Insert(at, letters[random.Next(letters.Length)]);
            else if (edit == 1) chars[Math.Min(at, chars.Count - 1)] = letters[random.Next(letters.Length)];
            else if (edit == 2) chars.RemoveAt(Math.Min(at, chars.Count - 1));
            else if (chars.Count > 1)
            {
                int i = Math.Min(at, chars.Count - 2);
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            }
        }
        return new string(chars.ToArray());
    }
}

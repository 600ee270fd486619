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

    [TestMethod]
    public void Agrees_with_the_textbook_table_on_short_and_long_words()
    {
        // Words of up to 16 characters take the bit-parallel path, longer ones the table: both against the plain
        // definition, with few letters so that transpositions and repeated letters are common.
        var random = new Random(23);
        const string letters = "abABéÉn";
        for (int k = 0; k < 20_000; k++)
        {
            string a = LongWord(random, letters), b = random.Next(2) == 0 ? Mutate(random, a, letters) : LongWord(random, letters);
            int expected = Textbook(a.ToLowerInvariant(), b.ToLowerInvariant());
            Assert.AreEqual(expected, EditDistance.Between(a, b), $"{a} / {b}");
            Assert.AreEqual(expected, EditDistance.Between(b, a), $"{b} / {a}");
            for (int bound = 0; bound <= 3; bound++)
            {
                Assert.AreEqual(Math.Min(expected, bound + 1), EditDistance.Between(a, b, bound), $"{a} / {b}, bound {bound}");
            }
        }
    }

    /// <summary>The optimal string alignment distance from its definition: the whole table, no bound, no shortcut.</summary>
    private static int Textbook(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    private static string LongWord(Random random, string letters) =>
        new(Enumerable.Range(0, random.Next(0, 21)).Select(_ => letters[random.Next(letters.Length)]).ToArray());

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

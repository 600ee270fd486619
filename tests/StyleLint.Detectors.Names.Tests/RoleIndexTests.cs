using StyleLint.Checking.Detectors.Names;

namespace StyleLint.Detectors.Names.Tests;

[TestClass]
public sealed class RoleIndexTests
{
    private static readonly ListedName[] People =
    [
        new(["Antonio", "Guterres"], ["secretary-general"]),
        new(["Ban", "Ki-moon"], ["secretary general"]),
        new(["John", "Kennedy"], ["president"]),
        new(["Jim", "Kenedy"], ["senator"]),
        new(["Ed", "Ball"], ["chancellor"]),
        new(["Mike", "Huckabee"], ["governor of arkansas"]),
        new(["Hans", "Müller"], ["minister"]),
    ];

    [TestMethod]
    [DataRow("Guterrez", "Guterres", DisplayName = "substitution")]
    [DataRow("Guteres", "Guterres", DisplayName = "deletion")]
    [DataRow("Guterress", "Guterres", DisplayName = "insertion")]
    [DataRow("Gutreres", "Guterres", DisplayName = "transposition")]
    [DataRow("GUTERRES", "Guterres", DisplayName = "case does not count")]
    [DataRow("Muller", "Müller", DisplayName = "accented letter substituted")]
    public void Finds_a_surname_one_edit_away(string word, string surname)
    {
        var index = new RoleIndex(People, NameData.RoleSurnameMinLength);
        CollectionAssert.Contains(Near(index, word).Select(e => e.Surname).ToArray(), surname);
    }

    [TestMethod]
    public void The_filter_settles_words_far_from_every_surname()
    {
        var index = new RoleIndex(People, NameData.RoleSurnameMinLength);
        Assert.IsTrue(index.MayBeNear("Guteres"));
        Assert.IsFalse(index.MayBeNear("Blair"));
        Assert.IsFalse(index.MayBeNear("Constantinopolitan"), "longer than any surname by more than one letter");
    }

    [TestMethod]
    public void Answers_in_list_order_once_each()
    {
        var index = new RoleIndex(People, NameData.RoleSurnameMinLength);
        // Kennedy and Kenedy are both one edit from Kenndy; Kennedy less either n is one variant, not two answers.
        CollectionAssert.AreEqual(new[] { "Kennedy", "Kenedy" }, Near(index, "Kenndy").Select(e => e.Surname).ToArray());
        CollectionAssert.AreEqual(new[] { 2, 3 }, Near(index, "Kenedy").Select(e => e.Order).ToArray());
    }

    [TestMethod]
    public void Leaves_out_short_surnames_and_roles()
    {
        var index = new RoleIndex(People, NameData.RoleSurnameMinLength);
        Assert.IsEmpty(Near(index, "Ball"));
        Assert.IsEmpty(Near(index, "Balls"));
        // Hyphens are read as spaces, as the role window is.
        CollectionAssert.AreEqual(new[] { "secretary general" }, Near(index, "Guterres").Single().Roles);
    }

    [TestMethod]
    public void Misses_no_listed_surname_one_edit_away()
    {
        // Every surname one edit from a word, by the edit distance itself, is in the answer: the shipped list, and
        // words made from its surnames by random edits (some land one edit from another surname) or at random.
        NameData data = NameData.Instance;
        var index = new RoleIndex(data.WithRoles, NameData.RoleSurnameMinLength);
        string[] surnames = data.WithRoles.Select(n => n.Surname).Where(s => s.Length >= NameData.RoleSurnameMinLength).Distinct().ToArray();
        var random = new Random(17);
        const string letters = "abcdeilnorstuyzAEIOU";
        int close = 0;
        for (int k = 0; k < 20_000; k++)
        {
            string word = k % 4 == 3
                ? new string(Enumerable.Range(0, random.Next(4, 12)).Select(_ => letters[random.Next(letters.Length)]).ToArray())
                : Edit(random, surnames[random.Next(surnames.Length)], letters);
            RoleEntry[] answer = Near(index, word);
            CollectionAssert.AreEqual(answer.OrderBy(e => e.Order).ToArray(), answer, $"{word}: in list order");
            foreach (string surname in surnames.Where(s => EditDistance.Between(word, s, 1) <= 1))
            {
                close++;
                Assert.IsTrue(answer.Any(e => e.Surname == surname), $"{word} is one edit from {surname}");
                Assert.IsTrue(index.MayBeNear(word), $"{word} is one edit from {surname}: the filter must let it through");
            }
        }
        Assert.IsGreaterThan(10_000, close, "the words tried were mostly one edit from a surname");
    }

    private static RoleEntry[] Near(RoleIndex index, string word)
    {
        var found = new List<RoleEntry> { new(-1, "left from an earlier word", []) };
        index.NearSurname(word, found);
        return found.ToArray();
    }

    private static string Edit(Random random, string word, string letters)
    {
        int at = random.Next(word.Length);
        char letter = letters[random.Next(letters.Length)];
        return random.Next(4) switch
        {
            0 => word[..at] + letter + word[(at + 1)..],
            1 => word.Remove(at, 1),
            2 => word.Insert(at, letter.ToString()),
            _ => at + 1 < word.Length ? word[..at] + word[at + 1] + word[at] + word[(at + 2)..] : word,
        };
    }
}

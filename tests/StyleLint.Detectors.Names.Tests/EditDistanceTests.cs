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
}

using StyleLint.Checking;

namespace StyleLint.Core.Tests.Checking;

[TestClass]
public sealed class PhraseTablesTests
{
    [TestMethod]
    public void Edge_table_finds_every_key_added_and_no_other()
    {
        var table = new EdgeTable(5000);
        for (int i = 0; i < 5000; i++) table.Add(((long)i << 16) | 'a', i);

        Assert.AreEqual(5000, table.Count);
        for (int i = 0; i < 5000; i++)
        {
            Assert.IsTrue(table.TryGetValue(((long)i << 16) | 'a', out int value));
            Assert.AreEqual(i, value);
            Assert.IsFalse(table.TryGetValue(((long)i << 16) | 'b', out _));
        }
    }

    [TestMethod]
    public void Edge_table_refuses_more_keys_than_its_capacity_allows()
    {
        var table = new EdgeTable(2);
        table.Add(1, 1);
        table.Add(2, 2);

        Assert.ThrowsExactly<InvalidOperationException>(() => table.Add(99, 0));
    }

    [TestMethod]
    public void Word_table_looks_words_up_by_span_and_keeps_the_last_value_set()
    {
        // Same length and same first, middle and last characters: the same slot, so the probe must compare.
        string[] words = ["organise", "orgaXise", "orgaYise", "a", "ab", "organisation"];
        var table = new WordTable(words.Length);
        for (int i = 0; i < words.Length; i++) table.Set(words[i], i);
        table.Set("ab", -1);

        Assert.AreEqual(words.Length, table.Count);
        const string text = "the orgaYise and ab and a organisation";
        Assert.IsTrue(table.TryGetValue(text.AsSpan(4, 8), out int value));
        Assert.AreEqual(2, value);
        Assert.IsTrue(table.TryGetValue(text.AsSpan(17, 2), out value));
        Assert.AreEqual(-1, value);
        Assert.IsTrue(table.TryGetValue(text.AsSpan(24, 1), out value));
        Assert.AreEqual(3, value);
        Assert.IsTrue(table.TryGetValue(text.AsSpan(26), out value));
        Assert.AreEqual(5, value);
        Assert.IsFalse(table.TryGetValue("orgaZise", out _));
        Assert.IsFalse(table.TryGetValue("the", out _));
        Assert.IsFalse(table.TryGetValue("", out _));
        CollectionAssert.AreEquivalent(words, table.Keys.ToArray());
    }
}

using StyleLint.Checking;
using StyleLint.Rules;

namespace StyleLint.Rules.Tests;

/// <summary>The shape of the built-in pack itself.</summary>
[TestClass]
public sealed class PackTests
{
    [TestMethod]
    public void News_pack_has_at_least_25_rules()
    {
        int count = BuiltInRules.Checkers.Count(c => c.Rule.Style == "News");
        Assert.IsGreaterThanOrEqualTo(25, count, $"the News pack has {count} rules");
    }

    [TestMethod]
    public void Every_rule_file_in_rules_folder_is_compiled()
    {
        string[] files = Directory.GetFiles(StyleLint.Tests.TestPaths.InRepository("rules"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml") || f.EndsWith(".yaml") || f.EndsWith(".json"))
            .ToArray();
        Assert.HasCount(files.Length, BuiltInRules.Checkers, "every rule file becomes exactly one checker");
    }

    [TestMethod]
    public void Rule_ids_are_unique_and_sorted()
    {
        string[] ids = BuiltInRules.Checkers.Select(c => c.Rule.Id).ToArray();
        CollectionAssert.AllItemsAreUnique(ids);
        CollectionAssert.AreEqual(ids.OrderBy(i => i, StringComparer.Ordinal).ToArray(), ids);
    }

    [TestMethod]
    public void Every_rule_explains_itself()
    {
        foreach (RuleInfo rule in BuiltInRules.Checkers.Select(c => c.Rule))
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(rule.Description), $"{rule.Id} has no description");
            Assert.IsTrue(rule.Source.StartsWith("rules/", StringComparison.Ordinal), $"{rule.Id} source is '{rule.Source}'");
        }
    }
}

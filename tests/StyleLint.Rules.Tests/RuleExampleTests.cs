using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Rules;

namespace StyleLint.Rules.Tests;

/// <summary>
/// Every built-in rule proves itself with its own examples (LanguageTool's discipline): each bad example is
/// flagged by that rule, and fixed to exactly its `fix` text where one is given; no good example is flagged.
/// </summary>
[TestClass]
public sealed class RuleExampleTests
{
    public static IEnumerable<object[]> BadExamples() =>
        BuiltInRules.Checkers.SelectMany(c => c.Rule.BadExamples.Select((e, i) => new object[] { c.Rule.Id, i }));

    public static IEnumerable<object[]> GoodExamples() =>
        BuiltInRules.Checkers.SelectMany(c => c.Rule.GoodExamples.Select((e, i) => new object[] { c.Rule.Id, i }));

    public static string Name(System.Reflection.MethodInfo method, object[] data) => $"{method.Name}({data[0]} #{data[1]})";

    [TestMethod]
    [DynamicData(nameof(BadExamples), DynamicDataDisplayName = nameof(Name))]
    public void Bad_example_is_flagged(string ruleId, int index)
    {
        Checker checker = Find(ruleId);
        string? problem = ExampleRunner.CheckBad(checker, index);
        Assert.IsNull(problem, $"{ruleId}: bad example \"{checker.Rule.BadExamples[index].Text}\" {problem}");
    }

    [TestMethod]
    [DynamicData(nameof(GoodExamples), DynamicDataDisplayName = nameof(Name))]
    public void Good_example_is_not_flagged(string ruleId, int index)
    {
        Checker checker = Find(ruleId);
        string? problem = ExampleRunner.CheckGood(checker, index);
        Assert.IsNull(problem, $"{ruleId}: good example \"{checker.Rule.GoodExamples[index]}\" {problem}");
    }

    private static Checker Find(string ruleId) => BuiltInRules.Checkers.Single(c => c.Rule.Id == ruleId);
}

using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;
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
        RuleExample example = checker.Rule.BadExamples[index];
        IReadOnlyList<Finding> findings = LintWithOnly(checker, example.Text);

        Assert.IsNotEmpty(findings, $"{ruleId} does not flag its bad example: \"{example.Text}\"");
        if (example.Fix != null)
        {
            (string fixedText, _) = FixApplier.Apply(example.Text, findings, FixApplier.Policy.FirstSuggestion);
            Assert.AreEqual(example.Fix, fixedText, $"{ruleId}: applying the suggestions to \"{example.Text}\" does not give the example's fix");
        }
    }

    [TestMethod]
    [DynamicData(nameof(GoodExamples), DynamicDataDisplayName = nameof(Name))]
    public void Good_example_is_not_flagged(string ruleId, int index)
    {
        Checker checker = Find(ruleId);
        string example = checker.Rule.GoodExamples[index];
        IReadOnlyList<Finding> findings = LintWithOnly(checker, example);

        Assert.IsEmpty(findings, $"{ruleId} flags its good example \"{example}\": " + string.Join("; ", findings.Select(f => $"{f.Column}: {f.Message}")));
    }

    private static Checker Find(string ruleId) => BuiltInRules.Checkers.Single(c => c.Rule.Id == ruleId);

    private static IReadOnlyList<Finding> LintWithOnly(Checker checker, string text) =>
        new Linter([checker]).LintText(text, "example.txt").Findings;
}

using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StyleLint.RuleCompiler.Parsing;

namespace StyleLint.Generators.Tests;

/// <summary>
/// The generator's named steps (ParseRuleFile, ValidRules, AllRules) are cached across runs: an edit to C# code
/// or a second run on the same input redoes nothing, and an edit to one rule file redoes only that file.
/// </summary>
[TestClass]
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps = [RuleCheckerGenerator.ParseStep, RuleCheckerGenerator.ValidRulesStep, RuleCheckerGenerator.AllRulesStep];

    private static (GeneratorRun Run, InMemoryAdditionalText Edited, InMemoryAdditionalText Other) FirstRun()
    {
        var edited = GeneratorHarness.Rule("inc/Existence.yml", TestRules.Existence);
        var other = GeneratorHarness.Rule("inc/Pattern.yml", TestRules.Pattern);
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver([edited, other]), GeneratorHarness.CreateCompilation());
        Assert.IsEmpty(run.Diagnostics);
        return (run, edited, other);
    }

    [TestMethod]
    public void First_run_records_every_named_step()
    {
        (GeneratorRun run, _, _) = FirstRun();

        IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps = run.Generator.TrackedSteps;
        foreach (string name in TrackedSteps)
        {
            Assert.IsTrue(steps.ContainsKey(name), $"step {name} is not tracked; tracked: {string.Join(", ", steps.Keys)}");
        }
        Assert.HasCount(2, steps[RuleCheckerGenerator.ParseStep], "one ParseRuleFile step per rule file");
        Assert.IsTrue(AllOutputs(run).All(o => o.Reason == IncrementalStepRunReason.New), Describe(run));
    }

    [TestMethod]
    public void Unrelated_csharp_edit_leaves_every_step_cached()
    {
        (GeneratorRun first, _, _) = FirstRun();
        Compilation edited = first.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere { public class Unrelated { } }", GeneratorHarness.ParseOptions));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, edited);

        AssertAllCachedOrUnchanged(second);
        AssertSameSources(first, second);
    }

    [TestMethod]
    public void Same_input_twice_is_cached()
    {
        (GeneratorRun first, _, _) = FirstRun();
        Compilation input = GeneratorHarness.CreateCompilation();

        GeneratorRun second = GeneratorHarness.Run(first.Driver, input);
        GeneratorRun third = GeneratorHarness.Run(second.Driver, input);

        AssertAllCachedOrUnchanged(second);
        Assert.IsTrue(AllOutputs(third).All(o => o.Reason == IncrementalStepRunReason.Cached), Describe(third));
        AssertSameSources(first, third);
    }

    [TestMethod]
    public void Editing_one_rule_redoes_only_that_rule()
    {
        (GeneratorRun first, InMemoryAdditionalText edited, InMemoryAdditionalText other) = FirstRun();
        var replacement = new InMemoryAdditionalText(edited.Path, TestRules.Existence.Replace("Avoid '{match}'.", "Cut '{match}'."));

        GeneratorRun second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(edited, replacement), GeneratorHarness.CreateCompilation());

        IncrementalGeneratorRunStep[] parse = second.Generator.TrackedSteps[RuleCheckerGenerator.ParseStep].ToArray();
        Assert.AreEqual(IncrementalStepRunReason.Modified, ParseOutputFor(parse, edited.Path).Reason, Describe(second));
        Assert.IsTrue(ParseOutputFor(parse, other.Path).Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, Describe(second));
        Assert.IsTrue(second.Generator.TrackedSteps[RuleCheckerGenerator.AllRulesStep].SelectMany(s => s.Outputs).All(o => o.Reason == IncrementalStepRunReason.Modified), Describe(second));

        // Only the edited rule's source changes.
        StringAssert.Contains(second.Sources["Test_Existence.g.cs"], "Cut '{match}'.");
        Assert.AreEqual(first.Sources["Test_Pattern.g.cs"], second.Sources["Test_Pattern.g.cs"]);
    }

    [TestMethod]
    public void Rewriting_a_rule_file_with_the_same_meaning_changes_nothing_downstream()
    {
        (GeneratorRun first, InMemoryAdditionalText edited, _) = FirstRun();
        // A new text object with the same content: the parse step reruns, but its model is equal.
        var replacement = new InMemoryAdditionalText(edited.Path, TestRules.Existence);

        GeneratorRun second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(edited, replacement), GeneratorHarness.CreateCompilation());

        IncrementalGeneratorRunStep[] parse = second.Generator.TrackedSteps[RuleCheckerGenerator.ParseStep].ToArray();
        Assert.AreEqual(IncrementalStepRunReason.Unchanged, ParseOutputFor(parse, edited.Path).Reason, Describe(second));
        Assert.IsTrue(second.Generator.TrackedSteps[RuleCheckerGenerator.AllRulesStep].SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Describe(second));
        AssertSameSources(first, second);
    }

    [TestMethod]
    public void Step_outputs_hold_no_compiler_objects()
    {
        // A Compilation, symbol, syntax node or AdditionalText inside a model would defeat caching (and leak memory).
        (GeneratorRun run, _, _) = FirstRun();

        foreach ((object value, _) in AllOutputs(run))
        {
            AssertHoldsNoCompilerObjects(value, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void AssertHoldsNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value == null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
        Type type = value.GetType();
        Assert.IsFalse(
            type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true,
            $"{path} is a {type.FullName}: step models must be plain, value-equal data");
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items) AssertHoldsNoCompilerObjects(item, $"{path}[{i++}]", seen);
            return;
        }
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }

    private static (object Value, IncrementalStepRunReason Reason) ParseOutputFor(IEnumerable<IncrementalGeneratorRunStep> steps, string path) =>
        steps.SelectMany(s => s.Outputs).Single(o => ((ParsedRuleFile)o.Value).Path == path);

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> AllOutputs(GeneratorRun run) =>
        TrackedSteps.SelectMany(name => run.Generator.TrackedSteps[name]).SelectMany(step => step.Outputs);

    private static void AssertAllCachedOrUnchanged(GeneratorRun run)
    {
        // Every tracked step: ours and any the compiler tracks for its own inputs.
        IncrementalStepRunReason[] reasons = run.Generator.TrackedSteps
            .SelectMany(pair => pair.Value)
            .SelectMany(step => step.Outputs)
            .Select(o => o.Reason)
            .ToArray();
        Assert.IsNotEmpty(reasons);
        Assert.IsTrue(reasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Describe(run));
        Assert.IsTrue(run.Generator.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs)
            .All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), Describe(run));
    }

    private static void AssertSameSources(GeneratorRun first, GeneratorRun second) =>
        CollectionAssert.AreEqual(
            first.Sources.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
            second.Sources.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());

    private static string Describe(GeneratorRun run) => string.Join("\n",
        run.Generator.TrackedSteps.Concat(run.Generator.TrackedOutputSteps).SelectMany(pair => pair.Value.Select((step, i) =>
            $"{pair.Key}[{i}]: {string.Join(", ", step.Outputs.Select(o => o.Reason))}")));
}

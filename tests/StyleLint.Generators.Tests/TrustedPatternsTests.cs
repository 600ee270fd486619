using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StyleLint.RuleCompiler.Emitting;

namespace StyleLint.Generators.Tests;

/// <summary>
/// A project that marks its pack trusted (the MSBuild property StyleLintTrustedPatterns, as StyleLint.Rules does) gets
/// patterns without a regex match timeout; any other (house rules) keeps PatternKind.MatchTimeout.
/// </summary>
[TestClass]
public sealed class TrustedPatternsTests
{
    [TestMethod]
    [DataRow(null, RuleEmitter.GuardedMatchTimeout)]
    [DataRow("false", RuleEmitter.GuardedMatchTimeout)]
    [DataRow("true", RuleEmitter.NoMatchTimeout)]
    [DataRow("True", RuleEmitter.NoMatchTimeout)]
    public void The_property_decides_the_patterns_timeout(string? property, string expected)
    {
        var options = new BuildProperties(property == null ? [] : new() { [RuleCheckerGenerator.TrustedPatternsProperty] = property });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new RuleCheckerGenerator().AsSourceGenerator()],
            additionalTexts: [GeneratorHarness.Rule("pattern.yml", TestRules.Pattern), GeneratorHarness.Rule("consistency.yml", TestRules.Consistency)],
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: options);
        GeneratorRun run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation());
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(run.Output).Length, string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
        string pattern = run.Sources.Single(s => s.Key.Contains("Pattern", StringComparison.Ordinal)).Value;
        string consistency = run.Sources.Single(s => s.Key.Contains("Consistency", StringComparison.Ordinal)).Value;
        foreach (string source in new[] { pattern, consistency })
        {
            Assert.IsTrue(source.Contains(expected, StringComparison.Ordinal), source);
        }
    }

    /// <summary>Global analyzer options, as MSBuild passes CompilerVisibleProperty values.</summary>
    private sealed class BuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values([]);

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}

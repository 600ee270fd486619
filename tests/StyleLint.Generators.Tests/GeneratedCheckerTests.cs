using Microsoft.CodeAnalysis;
using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Generators.Tests;

/// <summary>
/// A valid rule of each kind compiles, is listed by the registry, and — loaded and run through the linter —
/// flags its own bad examples (fixing them as promised) and leaves its good ones alone.
/// </summary>
[TestClass]
public sealed class GeneratedCheckerTests
{
    [TestMethod]
    [DataRow("existence")]
    [DataRow("substitution")]
    [DataRow("pattern")]
    [DataRow("consistency")]
    [DataRow("repetition")]
    [DataRow("capitalization")]
    public void Valid_rule_compiles_is_registered_and_passes_its_own_examples(string kind)
    {
        string rule = TestRules.ByKind[kind];
        string id = TestRules.IdOf(rule);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Rule($"test/{kind}.yml", rule));

        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        Assert.IsEmpty(GeneratorHarness.CompileProblems(run.Output), string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
        CollectionAssert.AreEquivalent(new[] { id.Replace('.', '_') + ".g.cs", "RuleRegistry.g.cs" }, run.Sources.Keys.ToArray());

        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        Checker checker = loaded.Checkers.Single();
        Assert.AreEqual(id, checker.Rule.Id);
        Assert.AreEqual(kind, checker.Rule.Kind);
        Assert.AreEqual($"rules/test/{kind}.yml", checker.Rule.Source);
        AssertExamplesHold(checker);
    }

    [TestMethod]
    public void Registry_lists_every_rule_once_ordered_by_id()
    {
        AdditionalText[] files = TestRules.ByKind
            .Select(pair => (AdditionalText)GeneratorHarness.Rule($"mixed/{pair.Key}.yaml", pair.Value))
            .Reverse()
            .ToArray();

        GeneratorRun run = GeneratorHarness.Run(files);

        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        Assert.IsEmpty(GeneratorHarness.CompileProblems(run.Output), string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        string[] expected = TestRules.ByKind.Values.Select(TestRules.IdOf).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(expected, loaded.Checkers.Select(c => c.Rule.Id).ToArray());
        foreach (Checker checker in loaded.Checkers)
        {
            AssertExamplesHold(checker);
        }
    }

    [TestMethod]
    public void Rule_metadata_reaches_the_runtime_unchanged()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Rule("meta.yml", TestRules.Pattern));
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        RuleInfo info = loaded.Checkers.Single().Rule;

        Assert.AreEqual("Test", info.Style);
        Assert.AreEqual(Severity.Error, info.Severity);
        Assert.AreEqual(RuleScope.Text, info.Scope);
        Assert.AreEqual("Write '{suggestion}' for '{match}'.", info.Message);
        Assert.AreEqual("https://example.com/style/percent", info.Link);
        Assert.AreEqual("Prices rose 5% in May.", info.BadExamples.Single().Fix);
        CollectionAssert.AreEqual(new[] { "Prices rose 5% in May.", "A percentage of the vote." }, info.GoodExamples.ToArray());
    }

    [TestMethod]
    public void Text_that_needs_escaping_survives_into_the_checker()
    {
        // Quotes, backslashes, a tab, non-ASCII, and line and paragraph separators (new lines to C#) everywhere
        // the emitter writes user text: literals, comments and the XML summary.
        const string rule = """
            id: Test.Escaping
            message: "Say \"{suggestion}\" \\ not '{match}'\t\u2028(really)"
            description: "Line one\u2028line two\u0085line three */ <b>&amp;</b> \u2029 end"
            severity: warning
            kind: substitution
            ignorecase: true
            swap:
              "naïve\u2028x": "naive"
              "c:\\temp": "the temp folder"
            examples:
              bad:
                - text: "Files go in c:\\temp today."
                  fix: "Files go in the temp folder today."
              good:
                - "Files go in the temp folder today."
            """;

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Rule("escaping/Test\u2028Escaping.yml", rule));

        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        Assert.IsEmpty(GeneratorHarness.CompileProblems(run.Output), string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        Checker checker = loaded.Checkers.Single();
        Assert.AreEqual("Say \"{suggestion}\" \\ not '{match}'\t\u2028(really)", checker.Rule.Message);
        Assert.AreEqual("Line one\u2028line two\u0085line three */ <b>&amp;</b> \u2029 end", checker.Rule.Description);
        AssertExamplesHold(checker);
    }

    /// <summary>Every bad example is flagged (and fixed to its <c>fix</c> by the first suggestions); no good one is flagged.</summary>
    internal static void AssertExamplesHold(Checker checker)
    {
        var linter = new Linter([checker]);
        foreach (RuleExample bad in checker.Rule.BadExamples)
        {
            Finding[] findings = linter.LintText(bad.Text, "bad.txt").Findings.ToArray();
            Assert.IsNotEmpty(findings, $"{checker.Rule.Id} did not flag its bad example: {bad.Text}");
            Assert.IsTrue(findings.All(f => f.RuleId == checker.Rule.Id), string.Join("\n", findings));
            if (bad.Fix != null)
            {
                Assert.AreEqual(bad.Fix, ApplyFirstSuggestions(bad.Text, findings), $"{checker.Rule.Id}: applying the suggestions to '{bad.Text}'");
            }
        }
        foreach (string good in checker.Rule.GoodExamples)
        {
            Finding[] findings = linter.LintText(good, "good.txt").Findings.ToArray();
            Assert.IsEmpty(findings, $"{checker.Rule.Id} flagged its good example '{good}': " + string.Join("\n", findings));
        }
    }

    private static string ApplyFirstSuggestions(string text, IEnumerable<Finding> findings)
    {
        foreach (Finding finding in findings.Where(f => f.Suggestions.Count > 0).OrderByDescending(f => f.Offset))
        {
            text = string.Concat(text.AsSpan(0, finding.Offset), finding.Suggestions[0], text.AsSpan(finding.Offset + finding.Length));
        }
        return text;
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StyleLint.Checking;

namespace StyleLint.Generators.Tests;

/// <summary>Broken rule files become build errors with the right id, naming the right file, line and column.</summary>
[TestClass]
public sealed class DiagnosticTests
{
    /// <summary>A valid existence rule; the cases below break one line of it at a time.</summary>
    private const string Base = """
        id: Test.Base
        message: "Avoid '{match}'."
        severity: warning
        kind: existence
        tokens: [foo]
        examples:
          bad: ["a foo"]
          good: ["a bar"]
        """;

    /// <summary>name → (the rule file's text, expected id, line, column). Each file is Test.yml.</summary>
    private static readonly Dictionary<string, (string Text, string Id, int Line, int Column)> Cases = new(StringComparer.Ordinal)
    {
        ["invalid YAML"] = (Base.Replace("kind: existence", "kind: existence: extra"), "SL0001", 4, 16),
        ["unclosed flow list"] = (Base.Replace("tokens: [foo]", "tokens: [foo,"), "SL0001", 5, 13),
        ["tab-indented YAML"] = ("id: Test.Base\nexamples:\n\tbad: [x]\n", "SL0001", 3, 1),
        ["not a mapping"] = ("- id: Test.Base\n", "SL0001", 1, 1),
        ["empty file"] = ("", "SL0001", 1, 1),
        ["two documents"] = (Base + "\n---\n" + Base, "SL0001", 10, 1),
        ["duplicate key"] = (Base.Replace("severity: warning", "severity: warning\nseverity: error"), "SL0001", 4, 1),
        ["unknown field"] = (Base.Replace("kind: existence", "kind: existence\ncolour: red"), "SL0002", 5, 1),
        ["unknown field in examples"] = (Base.Replace("  good:", "  ugly: [x]\n  good:"), "SL0002", 8, 3),
        ["unknown field in a bad example"] = (Base.Replace("bad: [\"a foo\"]", "bad: [{text: a foo, fixed: a}]"), "SL0002", 7, 23),
        ["missing message"] = (Base.Replace("message: \"Avoid '{match}'.\"\n", ""), "SL0003", 1, 1),
        ["missing severity"] = (Base.Replace("severity: warning\n", ""), "SL0003", 1, 1),
        ["missing kind field"] = (Base.Replace("tokens: [foo]\n", ""), "SL0003", 1, 1),
        ["bad severity"] = (Base.Replace("severity: warning", "severity: fatal"), "SL0004", 3, 11),
        ["bad scope"] = (Base.Replace("kind: existence", "kind: existence\nscope: page"), "SL0004", 5, 8),
        ["bad boolean"] = (Base.Replace("kind: existence", "kind: existence\nignorecase: maybe"), "SL0004", 5, 13),
        ["bad case style"] = ("id: Test.Base\nmessage: m\nseverity: warning\nkind: capitalization\nmatch: camel\nexamples: {bad: [a], good: [B]}\n", "SL0004", 5, 8),
        ["empty token list"] = (Base.Replace("tokens: [foo]", "tokens: []"), "SL0004", 5, 9),
        ["link that is not a web address"] = (Base.Replace("kind: existence", "kind: existence\nlink: not a web address"), "SL0004", 5, 7),
        ["swap without a replacement"] = (Base.Replace("kind: existence", "kind: substitution").Replace("tokens: [foo]", "swap:\n  foo: ' | '"), "SL0004", 6, 8),
        ["empty bad example"] = (Base.Replace("bad: [\"a foo\"]", "bad: [\"a foo\", \"\"]"), "SL0004", 7, 18),
        ["undefined alias"] = (Base.Replace("tokens: [foo]", "tokens: [*foo]"), "SL0001", 5, 10),
        ["unknown kind"] = (Base.Replace("kind: existence", "kind: grammar"), "SL0005", 4, 7),
        ["invalid pattern"] = ("id: Test.Base\nmessage: m\nseverity: warning\nkind: pattern\npattern: '(unclosed'\nexamples: {bad: [a], good: [b]}\n", "SL0006", 5, 10),
        ["invalid variant pattern"] = ("id: Test.Base\nmessage: m\nseverity: warning\nkind: consistency\neither:\n  a:\n    tokens: [foo]\n  b:\n    pattern: '[z-a]'\nexamples: {bad: [a], good: [b]}\n", "SL0006", 9, 14),
        ["no good example"] = (Base.Replace("\n  good: [\"a bar\"]", ""), "SL0007", 7, 3),
        ["no bad example"] = (Base.Replace("bad: [\"a foo\"]", "bad: []"), "SL0007", 7, 3),
        ["no examples"] = (Base[..Base.IndexOf("examples:", StringComparison.Ordinal)], "SL0007", 1, 1),
        ["bad id"] = (Base.Replace("id: Test.Base", "id: test_base"), "SL0009", 1, 5),
        ["id with three parts"] = (Base.Replace("id: Test.Base", "id: Test.Base.Extra"), "SL0009", 1, 5),
        ["unknown placeholder"] = (Base.Replace("\"Avoid '{match}'.\"", "\"Use {replacement}.\""), "SL0010", 2, 10),
        ["field of another kind"] = (Base.Replace("kind: existence", "kind: existence\nswap: {a: b}"), "SL0011", 5, 1),
        ["suggest outside pattern"] = (Base.Replace("kind: existence", "kind: existence\nsuggest: x"), "SL0011", 5, 1),
    };

    [TestMethod]
    [DataRow("invalid YAML")]
    [DataRow("unclosed flow list")]
    [DataRow("tab-indented YAML")]
    [DataRow("not a mapping")]
    [DataRow("empty file")]
    [DataRow("two documents")]
    [DataRow("duplicate key")]
    [DataRow("unknown field")]
    [DataRow("unknown field in examples")]
    [DataRow("unknown field in a bad example")]
    [DataRow("missing message")]
    [DataRow("missing severity")]
    [DataRow("missing kind field")]
    [DataRow("bad severity")]
    [DataRow("bad scope")]
    [DataRow("bad boolean")]
    [DataRow("bad case style")]
    [DataRow("empty token list")]
    [DataRow("link that is not a web address")]
    [DataRow("swap without a replacement")]
    [DataRow("empty bad example")]
    [DataRow("undefined alias")]
    [DataRow("unknown kind")]
    [DataRow("invalid pattern")]
    [DataRow("invalid variant pattern")]
    [DataRow("no good example")]
    [DataRow("no bad example")]
    [DataRow("no examples")]
    [DataRow("bad id")]
    [DataRow("id with three parts")]
    [DataRow("unknown placeholder")]
    [DataRow("field of another kind")]
    [DataRow("suggest outside pattern")]
    public void Broken_rule_reports_exactly_one_diagnostic_where_the_problem_is(string name)
    {
        (string text, string id, int line, int column) = Cases[name];
        string path = GeneratorHarness.RulePath("broken/Test.yml");

        GeneratorRun run = GeneratorHarness.Run(new InMemoryAdditionalText(path, text));

        Diagnostic diagnostic = SingleDiagnostic(run);
        AssertAt(diagnostic, id, path, line, column);
        Assert.AreEqual(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.IsFalse(string.IsNullOrWhiteSpace(diagnostic.GetMessage()), "a diagnostic must say what to change");
        Assert.IsFalse(run.Sources.Keys.Any(k => k.StartsWith("Test_", StringComparison.Ordinal)), "an invalid rule must not be emitted");
    }

    [TestMethod]
    public void Every_diagnostic_id_has_its_own_title()
    {
        string[] ids = typeof(StyleLint.RuleCompiler.Model.DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        CollectionAssert.AreEqual(Enumerable.Range(1, 13).Select(n => $"SL{n:0000}").ToArray(), ids);
        string[] titles = ids.Select(StyleLint.RuleCompiler.Model.DiagnosticTitles.For).ToArray();
        CollectionAssert.AllItemsAreUnique(titles);
        CollectionAssert.DoesNotContain(titles, StyleLint.RuleCompiler.Model.DiagnosticTitles.For("SL9999"));
    }

    [TestMethod]
    public void Duplicate_id_is_reported_at_the_second_file_only()
    {
        string first = GeneratorHarness.RulePath("a/First.yml");
        string second = GeneratorHarness.RulePath("b/Second.yml");

        // Given in reverse order: "second" means second by path, whatever order the compiler passes files in.
        GeneratorRun run = GeneratorHarness.Run(
            new InMemoryAdditionalText(second, "# the same rule again\n" + Base),
            new InMemoryAdditionalText(first, Base));

        Diagnostic diagnostic = SingleDiagnostic(run);
        AssertAt(diagnostic, "SL0008", second, 2, 5);
        StringAssert.Contains(diagnostic.GetMessage(), first);
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        Assert.AreEqual("Test.Base", loaded.Checkers.Single().Rule.Id, "the first definition is still compiled, once");
    }

    [TestMethod]
    public void Ids_that_differ_only_in_case_both_compile()
    {
        // Hint names are compared ignoring case, so the generator must not give these the same file name.
        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.Rule("FooBar.yml", Base.Replace("id: Test.Base", "id: Test.FooBar")),
            GeneratorHarness.Rule("Foobar.yml", Base.Replace("id: Test.Base", "id: Test.Foobar")));

        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        Assert.IsEmpty(GeneratorHarness.CompileProblems(run.Output), string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        CollectionAssert.AreEqual(new[] { "Test.FooBar", "Test.Foobar" }, loaded.Checkers.Select(c => c.Rule.Id).ToArray());
    }

    [TestMethod]
    public void A_file_with_several_problems_reports_all_of_them()
    {
        const string text = """
            id: test
            message: "Use {replacement}."
            severity: fatal
            kind: pattern
            pattern: '(unclosed'
            colour: red
            tokens: [x]
            examples:
              bad: ["a"]
            """;
        string path = GeneratorHarness.RulePath("many/Test.yml");

        GeneratorRun run = GeneratorHarness.Run(new InMemoryAdditionalText(path, text));

        string[] actual = run.RuleDiagnostics.Select(Describe).Order(StringComparer.Ordinal).ToArray();
        string[] expected =
        [
            $"SL0002 {path}:6:1",
            $"SL0004 {path}:3:11",
            $"SL0006 {path}:5:10",
            $"SL0007 {path}:9:3",
            $"SL0009 {path}:1:5",
            $"SL0010 {path}:2:10",
            $"SL0011 {path}:7:1",
        ];
        CollectionAssert.AreEqual(expected, actual, string.Join("\n", run.Diagnostics));
        Assert.IsFalse(run.Sources.Keys.Any(k => k.StartsWith("Test_", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Problems_in_several_files_are_each_reported_in_their_own_file()
    {
        string one = GeneratorHarness.RulePath("one/Test.yml");
        string two = GeneratorHarness.RulePath("two/Test.yaml");
        GeneratorRun run = GeneratorHarness.Run(
            new InMemoryAdditionalText(one, Base.Replace("severity: warning", "severity: loud").Replace("id: Test.Base", "id: Test.One")),
            new InMemoryAdditionalText(two, Base.Replace("kind: existence", "kind: grammar").Replace("id: Test.Base", "id: Test.Two")),
            GeneratorHarness.Rule("three/Test.yml", Base.Replace("id: Test.Base", "id: Test.Three")));

        string[] actual = run.RuleDiagnostics.Select(Describe).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(new[] { $"SL0004 {one}:3:11", $"SL0005 {two}:4:7" }, actual);
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        Assert.AreEqual("Test.Three", loaded.Checkers.Single().Rule.Id, "the valid file is still compiled");
    }

    [TestMethod]
    public void Files_that_are_not_rules_are_ignored()
    {
        GeneratorRun run = GeneratorHarness.Run(
            new InMemoryAdditionalText("/virtual/repo/rules/README.md", "# not a rule"),
            new InMemoryAdditionalText("/virtual/repo/rules/words.txt", "id: x"));

        Assert.IsEmpty(run.Diagnostics);
        CollectionAssert.AreEqual(new[] { "RuleRegistry.g.cs" }, run.Sources.Keys.ToArray());
    }

    // ---- JSON rule files ----

    private const string JsonRule = """
        {
          "id": "Test.Json",
          "message": "Avoid '{match}'.",
          "severity": "warning",
          "kind": "existence",
          "tokens": ["foo", "bar baz"],
          "examples": {
            "bad": ["a foo", {"text": "a bar baz", "fix": "a bar baz"}],
            "good": ["a bar"]
          }
        }
        """;

    [TestMethod]
    [DataRow("spaces")]
    [DataRow("tabs")]
    [DataRow("one line")]
    [DataRow("CRLF")]
    public void Json_rule_files_compile(string layout)
    {
        string text = layout switch
        {
            "tabs" => JsonRule.Replace("  ", "\t"),
            "one line" => JsonRule.Replace("\n", "").Replace("  ", ""),
            "CRLF" => JsonRule.Replace("\n", "\r\n").Replace("  ", "\t"),
            _ => JsonRule,
        };

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Rule("json/Test.json", text));

        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        Assert.IsEmpty(GeneratorHarness.CompileProblems(run.Output), string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        Checker checker = loaded.Checkers.Single();
        Assert.AreEqual("Test.Json", checker.Rule.Id);
        Assert.AreEqual("rules/json/Test.json", checker.Rule.Source);
        GeneratedCheckerTests.AssertExamplesHold(checker);
    }

    [TestMethod]
    public void Json_string_escapes_mean_what_JSON_says()
    {
        string text = "{\"id\": \"Test.Json\", \"message\": \"A\\tB \\u00e9 \\/ \\\"q\\\" \\\\ \\ud83d\\ude00\", \"severity\": \"warning\", \"kind\": \"existence\",\n"
            + "\t\"tokens\": [\"foo\"], \"examples\": {\"bad\": [\"a foo\"], \"good\": [\"a bar\"]}}";

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Rule("json/Escapes.json", text));

        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        using LoadedRules loaded = GeneratorHarness.Load(run.Output);
        Assert.AreEqual("A\tB é / \"q\" \\ \U0001F600", loaded.Checkers.Single().Rule.Message);
    }

    [TestMethod]
    public void Json_rule_problems_point_into_the_json_file()
    {
        string text = JsonRule.Replace("  ", "\t").Replace("\t\"kind\": \"existence\",", "\t\"kind\": \"existence\",\n\t\"colour\": \"red\",");
        string path = GeneratorHarness.RulePath("json/Broken.json");

        GeneratorRun run = GeneratorHarness.Run(new InMemoryAdditionalText(path, text));

        // Columns count characters, so a tab is one column, as in every compiler message.
        AssertAt(SingleDiagnostic(run), "SL0002", path, 6, 2);
    }

    [TestMethod]
    public void Invalid_json_is_reported_where_it_breaks()
    {
        string text = JsonRule.Replace("\"severity\": \"warning\",", "\"severity\": \"warning\"");
        string path = GeneratorHarness.RulePath("json/Broken.json");

        GeneratorRun run = GeneratorHarness.Run(new InMemoryAdditionalText(path, text));

        AssertAt(SingleDiagnostic(run), "SL0001", path, 5, 3);
    }

    // ---- Robustness: nothing a user can write crashes the generator (CS8785) ----

    [TestMethod]
    [DataRow("id: [Test, Base]\nmessage: {a: b}\nseverity: [warning]\nkind: {existence: 1}\nexamples: [1, 2]\n")]
    [DataRow("? [a, b]\n: c\nid: Test.Base\n")]
    [DataRow("id: &x Test.Base\nmessage: *x\nseverity: warning\nkind: repetition\nexamples: {bad: [*x], good: [*x]}\n")]
    [DataRow("id: Test.Base\nmessage: *missing\n")]
    [DataRow("just a scalar")]
    [DataRow("# only a comment\n")]
    [DataRow("---\n...\n")]
    [DataRow("\uFEFFid: Test.Base\n")]
    [DataRow("id: Test.Base\nmessage: \"\0\"\n")]
    [DataRow("id: Test.Base\nmessage: m\nseverity: warning\nkind: substitution\nswap: {a: [b], '': c, d: '|', e: ~}\nexamples: {bad: [a], good: [b]}\n")]
    [DataRow("id: Test.Base\nmessage: m\nseverity: warning\nkind: consistency\neither: {a: 1, b: {tokens: x}, c: {pattern: [p]}, d: {}, e: {tokens: [x], pattern: y}}\nexamples: {bad: [a], good: [b]}\n")]
    [DataRow("id: Test.Base\nmessage: m\nseverity: warning\nkind: existence\ntokens: [foo]\nexamples: {bad: [{}, {text: [a]}, [x], ~, ''], good: [{}, '']}\n")]
    [DataRow("id: Test.Base\nmessage: m\nseverity: ''\nkind: ''\nscope: ''\nmatch: ''\nexamples: {bad: [a], good: [b]}\n")]
    [DataRow("id: Test.Base\nmessage: m\nseverity: warning\nkind: capitalization\nmatch: ''\nexamples: {bad: [a], good: [b]}\n")]
    [DataRow("{\"id\": \"Test.Base\", \"id\": \"Test.Other\"}")]
    [DataRow("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [DataRow("id: Test.Base\nmessage: \"\\ud800\"\n")]
    [DataRow("%YAML 9.9\n---\nid: Test.Base\n")]
    [DataRow("!!binary AAAA")]
    [DataRow("id: Test.Base\nmessage: m\nseverity: warning\nkind: pattern\npattern: '(?<n>a)'\nsuggest: '${nope} $9 $'\nexamples: {bad: [a], good: [b]}\n")]
    public void Odd_input_never_crashes_the_generator(string text)
    {
        foreach (string name in new[] { "odd/Test.yml", "odd/Test.json" })
        {
            // Run asserts that the generator did not throw; whatever it reports must compile.
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Rule(name, text));
            Assert.IsEmpty(GeneratorHarness.CompileProblems(run.Output), string.Join("\n", GeneratorHarness.CompileProblems(run.Output)));
            Assert.IsTrue(run.Diagnostics.All(d => d.Id.StartsWith("SL", StringComparison.Ordinal)), string.Join("\n", run.Diagnostics));
        }
    }

    [TestMethod]
    [DataRow("[", "]")]
    [DataRow("{a: ", "}")]
    [DataRow("- ", "")]
    public void Absurd_nesting_is_an_error_not_a_stack_overflow(string open, string close)
    {
        // YamlDotNet builds nodes recursively: without a depth limit this kills the compiler.
        string text = "id: Test.Base\ntokens:\n  " + string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000)) + "\n";
        string path = GeneratorHarness.RulePath("deep/Test.yml");

        GeneratorRun run = GeneratorHarness.Run(new InMemoryAdditionalText(path, text));

        Diagnostic diagnostic = SingleDiagnostic(run);
        Assert.AreEqual("SL0001", diagnostic.Id);
        StringAssert.Contains(diagnostic.GetMessage(), "nested more than 64 levels");
    }

    private static Diagnostic SingleDiagnostic(GeneratorRun run)
    {
        Assert.HasCount(1, run.Diagnostics, "expected exactly one diagnostic, got:\n" + string.Join("\n", run.Diagnostics));
        return run.Diagnostics[0];
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string path, int line, int column)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual($"{id} {path}:{line}:{column}", Describe(diagnostic), diagnostic.ToString());
        Assert.AreEqual(span.StartLinePosition, new LinePosition(line - 1, column - 1));
    }

    private static string Describe(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{d.Id} {span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
    }
}

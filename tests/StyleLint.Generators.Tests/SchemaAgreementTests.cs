using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using StyleLint.RuleCompiler.Model;
using StyleLint.RuleCompiler.Parsing;
using StyleLint.Tests;
using YamlDotNet.Serialization;

namespace StyleLint.Generators.Tests;

/// <summary>
/// rules.schema.json (for editors and for JSON rule files) and the RuleCompiler's checks (the language itself)
/// describe the same thing: every real rule passes both, and broken rules fail both.
/// </summary>
[TestClass]
public sealed class SchemaAgreementTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(TestPaths.InRepository("rules.schema.json"))));

    /// <summary>A valid rule to break in the invalid cases.</summary>
    private const string Valid = """
        id: Test.Valid
        message: "Avoid '{match}'."
        severity: warning
        kind: existence
        tokens: [foo]
        examples:
          bad: ["a foo"]
          good: ["a bar"]
        """;

    [TestMethod]
    public async Task Every_rule_in_the_repository_passes_the_schema_and_the_parser()
    {
        string folder = TestPaths.InRepository("rules");
        string[] files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(RuleFileParser.IsRuleFile).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            Assert.Inconclusive($"Skipped: {folder} holds no rule files yet.");
        }

        var problems = new List<string>();
        foreach (string file in files)
        {
            problems.AddRange(await ProblemsOf(file, File.ReadAllText(file)));
        }

        Assert.IsEmpty(problems, $"{problems.Count} problems in {files.Length} rule files:\n" + string.Join("\n", problems));
    }

    [TestMethod]
    [DataRow("existence")]
    [DataRow("substitution")]
    [DataRow("pattern")]
    [DataRow("consistency")]
    [DataRow("repetition")]
    [DataRow("capitalization")]
    public async Task Valid_rules_of_every_kind_pass_both(string kind)
    {
        string[] problems = await ProblemsOf($"{kind}.yml", TestRules.ByKind[kind]);

        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    [DataRow("bad example as text and fix", "bad: [\"a foo\"]", "bad: [{text: \"a foo\", fix: \"a\"}]")]
    [DataRow("optional common fields", "kind: existence", "kind: existence\ndescription: Why.\nscope: non-quote\nignorecase: false\nlink: https://example.com/why")]
    [DataRow("JSON style", "tokens: [foo]", "tokens: [\"foo\"]")]
    public async Task Valid_variations_pass_both(string name, string find, string replace)
    {
        string text = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.AreNotEqual(Valid, text, $"case '{name}' changed nothing");

        string[] problems = await ProblemsOf("valid.yml", text);

        Assert.IsEmpty(problems, $"{name}:\n" + string.Join("\n", problems));
    }

    [TestMethod]
    [DataRow("unknown field", "kind: existence", "kind: existence\ncolour: red", DiagnosticIds.UnknownField)]
    [DataRow("unknown field in examples", "  good:", "  ugly: [x]\n  good:", DiagnosticIds.UnknownField)]
    [DataRow("field of another kind", "kind: existence", "kind: existence\nswap: {a: b}", DiagnosticIds.FieldNotForKind)]
    [DataRow("suggest outside pattern", "kind: existence", "kind: existence\nsuggest: x", DiagnosticIds.FieldNotForKind)]
    [DataRow("match outside capitalization", "kind: existence", "kind: existence\nmatch: lower", DiagnosticIds.FieldNotForKind)]
    [DataRow("exceptions outside repetition", "kind: existence", "kind: existence\nexceptions: [a]", DiagnosticIds.FieldNotForKind)]
    [DataRow("missing examples", "examples:\n  bad: [\"a foo\"]\n  good: [\"a bar\"]", "", DiagnosticIds.MissingExamples)]
    [DataRow("no good example", "\n  good: [\"a bar\"]", "", DiagnosticIds.MissingExamples)]
    [DataRow("empty bad list", "bad: [\"a foo\"]", "bad: []", DiagnosticIds.MissingExamples)]
    [DataRow("empty bad example", "bad: [\"a foo\"]", "bad: [\"a foo\", \"\"]", DiagnosticIds.InvalidValue)]
    [DataRow("bad example without text", "bad: [\"a foo\"]", "bad: [{fix: a}]", DiagnosticIds.MissingField)]
    [DataRow("bad severity", "severity: warning", "severity: fatal", DiagnosticIds.InvalidValue)]
    [DataRow("missing severity", "severity: warning\n", "", DiagnosticIds.MissingField)]
    [DataRow("bad scope", "kind: existence", "kind: existence\nscope: page", DiagnosticIds.InvalidValue)]
    [DataRow("bad boolean", "kind: existence", "kind: existence\nignorecase: maybe", DiagnosticIds.InvalidValue)]
    [DataRow("link that is not a web address", "kind: existence", "kind: existence\nlink: see the style guide", DiagnosticIds.InvalidValue)]
    [DataRow("empty message", "message: \"Avoid '{match}'.\"", "message: \"\"", DiagnosticIds.InvalidValue)]
    [DataRow("missing message", "message: \"Avoid '{match}'.\"\n", "", DiagnosticIds.MissingField)]
    [DataRow("unknown kind", "kind: existence", "kind: grammar", DiagnosticIds.UnknownKind)]
    [DataRow("missing kind", "kind: existence\n", "", DiagnosticIds.MissingField)]
    [DataRow("missing tokens", "tokens: [foo]\n", "", DiagnosticIds.MissingField)]
    [DataRow("empty tokens", "tokens: [foo]", "tokens: []", DiagnosticIds.InvalidValue)]
    [DataRow("empty token", "tokens: [foo]", "tokens: [foo, \"\"]", DiagnosticIds.InvalidValue)]
    [DataRow("tokens not a list", "tokens: [foo]", "tokens: foo", DiagnosticIds.InvalidValue)]
    [DataRow("bad id", "id: Test.Valid", "id: test_valid", DiagnosticIds.InvalidId)]
    [DataRow("missing id", "id: Test.Valid\n", "", DiagnosticIds.MissingField)]
    [DataRow("capitalization without match", "kind: existence\ntokens: [foo]", "kind: capitalization", DiagnosticIds.MissingField)]
    [DataRow("bad case style", "kind: existence\ntokens: [foo]", "kind: capitalization\nmatch: camel", DiagnosticIds.InvalidValue)]
    [DataRow("empty exceptions", "kind: existence\ntokens: [foo]", "kind: repetition\nexceptions: []", DiagnosticIds.InvalidValue)]
    [DataRow("empty swap", "kind: existence\ntokens: [foo]", "kind: substitution\nswap: {}", DiagnosticIds.InvalidValue)]
    [DataRow("swap to a list", "kind: existence\ntokens: [foo]", "kind: substitution\nswap: {a: [b]}", DiagnosticIds.InvalidValue)]
    [DataRow("swap without replacement", "kind: existence\ntokens: [foo]", "kind: substitution\nswap: {a: ' | '}", DiagnosticIds.InvalidValue)]
    [DataRow("swap with a blank wrong side", "kind: existence\ntokens: [foo]", "kind: substitution\nswap: {' ': b}", DiagnosticIds.InvalidValue)]
    [DataRow("one variant", "kind: existence\ntokens: [foo]", "kind: consistency\neither: {a: {tokens: [x]}}", DiagnosticIds.InvalidValue)]
    [DataRow("variant with tokens and pattern", "kind: existence\ntokens: [foo]", "kind: consistency\neither: {a: {tokens: [x], pattern: y}, b: {tokens: [z]}}", DiagnosticIds.InvalidValue)]
    [DataRow("variant with neither", "kind: existence\ntokens: [foo]", "kind: consistency\neither: {a: {}, b: {tokens: [z]}}", DiagnosticIds.InvalidValue)]
    [DataRow("variant with an unknown field", "kind: existence\ntokens: [foo]", "kind: consistency\neither: {a: {words: [x]}, b: {tokens: [z]}}", DiagnosticIds.UnknownField)]
    [DataRow("empty pattern", "kind: existence\ntokens: [foo]", "kind: pattern\npattern: ''", DiagnosticIds.InvalidValue)]
    public async Task Invalid_rules_fail_both(string name, string find, string replace, string expectedId)
    {
        string text = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.AreNotEqual(Valid, text, $"case '{name}' changed nothing");

        ICollection<ValidationError> schemaErrors = (await Schema.Value).Validate(ToJson("invalid.yml", text));
        ParsedRuleFile parsed = RuleFileParser.Parse("invalid.yml", text);

        Assert.IsNotEmpty(schemaErrors, $"{name}: the schema accepts what the parser rejects ({string.Join("; ", parsed.Diagnostics)})");
        CollectionAssert.Contains(parsed.Diagnostics.Select(d => d.Id).ToArray(), expectedId, $"{name}: {string.Join("; ", parsed.Diagnostics)}");
    }

    /// <summary>Both judges' complaints about one file; empty when both accept it.</summary>
    internal static async Task<string[]> ProblemsOf(string path, string text)
    {
        ICollection<ValidationError> schemaErrors = (await Schema.Value).Validate(ToJson(path, text));
        ParsedRuleFile parsed = RuleFileParser.Parse(path, text);
        return schemaErrors.Select(e => $"{path}: schema: {e}")
            .Concat(parsed.Diagnostics.Select(d => $"{path}: parser: {d}"))
            .ToArray();
    }

    /// <summary>A rule file as JSON: JSON as it is, YAML through YamlDotNet with YAML 1.2 core types (true, 12, null).</summary>
    internal static JToken ToJson(string path, string text)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return JToken.Parse(text);
        }
        object? data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(text);
        return data == null ? JValue.CreateNull() : JToken.FromObject(data);
    }
}

using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using StyleLint.RuleCompiler.Model;
using StyleLint.RuleCompiler.Parsing;

namespace StyleLint.HouseRules;

/// <summary>
/// Everything that can be wrong with a set of house rule files, before compiling: the generator's own checks
/// (the same RuleFileParser), rules.schema.json, duplicate ids, and ids already taken by a built-in rule.
/// </summary>
public sealed class RuleFileValidator(IReadOnlyCollection<string> builtInIds)
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    public IReadOnlyList<RuleDiagnostic> Validate(IReadOnlyList<RuleFile> files)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var valid = new List<RuleModel>();
        foreach (RuleFile file in files)
        {
            ParsedRuleFile parsed = RuleFileParser.Parse(file.Path, file.Text);
            diagnostics.AddRange(parsed.Diagnostics);
            if (!parsed.IsValid) continue;

            valid.Add(parsed.Rule!);
            diagnostics.AddRange(SchemaErrors(file));
            if (builtInIds.Contains(parsed.Rule!.Id))
            {
                diagnostics.Add(new RuleDiagnostic(DiagnosticIds.ClashesWithBuiltIn,
                    $"Rule id '{parsed.Rule.Id}' is a built-in rule; give the house rule its own id (e.g. House.{parsed.Rule.Id.Split('.')[1]}), or configure the built-in one in .stylelint.yml", parsed.Rule.Position));
            }
        }
        diagnostics.AddRange(RuleSetValidator.FindDuplicateIds(valid));
        return diagnostics
            .OrderBy(d => d.Position.Path, StringComparer.Ordinal).ThenBy(d => d.Position.Line).ThenBy(d => d.Position.Column)
            .ToArray();
    }

    private static IEnumerable<RuleDiagnostic> SchemaErrors(RuleFile file)
    {
        JToken? json = YamlToJson.Convert(file.Text);
        if (json == null) yield break;
        foreach (ValidationError error in Schema.Value.Validate(json))
        {
            yield return new RuleDiagnostic(DiagnosticIds.SchemaViolation, $"{error.Path}: {error.Kind}", new SourcePosition(file.Path, 1, 1));
        }
    }

    private static JsonSchema LoadSchema()
    {
        using Stream stream = typeof(RuleFileValidator).Assembly.GetManifestResourceStream("rules.schema.json")
            ?? throw new InvalidOperationException("rules.schema.json is not embedded in the CLI");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    }
}

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>SARIF 2.1.0, for code-scanning dashboards and editors; one run, the rules as the driver's rules.</summary>
public sealed class SarifFormatter : IFindingFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public IFindingWriter Begin(TextWriter writer, IReadOnlyList<RuleInfo> rules) => new Log(writer, rules);

    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules) =>
        FindingFormatters.WriteAll(this, writer, results, rules);

    /// <summary>The log written as it goes: the driver and its rules first, then each result as files are added.</summary>
    private sealed class Log : IFindingWriter
    {
        private readonly TextWriter writer;
        private readonly JsonTextWriter json;
        private readonly Dictionary<string, int> ruleIndex;

        public Log(TextWriter writer, IReadOnlyList<RuleInfo> rules)
        {
            this.writer = writer;
            ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            json = JsonOutput.Open(writer);
            json.WriteStartObject();
            json.WritePropertyName("$schema");
            json.WriteValue(SchemaUri);
            json.WritePropertyName("version");
            json.WriteValue("2.1.0");
            json.WritePropertyName("runs");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WritePropertyName("tool");
            new JObject
            {
                ["driver"] = new JObject
                {
                    ["name"] = "StyleLint",
                    ["version"] = typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                    ["informationUri"] = "https://stylelint.invalid/",
                    ["rules"] = new JArray(rules.Select(RuleDescriptor)),
                },
            }.WriteTo(json);
            json.WritePropertyName("columnKind");
            json.WriteValue("utf16CodeUnits");
            json.WritePropertyName("results");
            json.WriteStartArray();
        }

        public void Add(LintResult result)
        {
            foreach (Finding f in result.Findings) Result(f, ruleIndex).WriteTo(json);
        }

        public void End()
        {
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            JsonOutput.Close(json, writer);
        }
    }

    private static JObject RuleDescriptor(RuleInfo rule)
    {
        var descriptor = new JObject
        {
            ["id"] = rule.Id,
            ["shortDescription"] = new JObject { ["text"] = rule.Description.Length > 0 ? rule.Description : rule.Message },
            ["defaultConfiguration"] = new JObject { ["level"] = Level(rule.Severity) },
        };
        if (rule.Link.Length > 0) descriptor["helpUri"] = rule.Link;
        return descriptor;
    }

    private static JObject Result(Finding f, Dictionary<string, int> ruleIndex)
    {
        var result = new JObject
        {
            ["ruleId"] = f.RuleId,
            ["level"] = Level(f.Severity),
            ["message"] = new JObject { ["text"] = f.Message },
            ["locations"] = new JArray(new JObject
            {
                ["physicalLocation"] = new JObject
                {
                    ["artifactLocation"] = new JObject { ["uri"] = ToUri(f.File) },
                    ["region"] = Region(f),
                },
            }),
        };
        if (ruleIndex.TryGetValue(f.RuleId, out int index)) result["ruleIndex"] = index;
        if (f.Suggestions.Count > 0)
        {
            result["fixes"] = new JArray(f.Suggestions.Select(s => new JObject
            {
                ["description"] = new JObject { ["text"] = $"Replace with '{s}'" },
                ["artifactChanges"] = new JArray(new JObject
                {
                    ["artifactLocation"] = new JObject { ["uri"] = ToUri(f.File) },
                    ["replacements"] = new JArray(new JObject
                    {
                        ["deletedRegion"] = Region(f),
                        ["insertedContent"] = new JObject { ["text"] = s },
                    }),
                }),
            }));
        }
        return result;
    }

    private static JObject Region(Finding f) => new()
    {
        ["startLine"] = f.Line,
        ["startColumn"] = f.Column,
        ["endLine"] = f.EndLine,
        ["endColumn"] = f.EndColumn,
        ["charOffset"] = f.Offset,
        ["charLength"] = f.Length,
    };

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference for a path: segments percent-encoded (a space is %20), slashes kept.</summary>
    private static string ToUri(string path) =>
        path == "-" ? "stdin" : string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}

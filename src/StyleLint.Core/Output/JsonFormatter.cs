using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>A JSON array of findings, in the shape the server and the tests share.</summary>
public sealed class JsonFormatter : IFindingFormatter
{
    public IFindingWriter Begin(TextWriter writer, IReadOnlyList<RuleInfo> rules) => new Elements(writer);

    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules) =>
        FindingFormatters.WriteAll(this, writer, results, rules);

    /// <summary>The array written element by element: the bytes <see cref="JsonOutput.Write"/> writes for a whole JArray.</summary>
    private sealed class Elements : IFindingWriter
    {
        private readonly TextWriter writer;
        private readonly JsonTextWriter json;

        public Elements(TextWriter writer)
        {
            this.writer = writer;
            json = JsonOutput.Open(writer);
            json.WriteStartArray();
        }

        public void Add(LintResult result)
        {
            foreach (Finding f in result.Findings) ToJson(f).WriteTo(json);
        }

        public void End()
        {
            json.WriteEndArray();
            JsonOutput.Close(json, writer);
        }
    }

    public static JObject ToJson(Finding f) => new()
    {
        ["file"] = f.File,
        ["line"] = f.Line,
        ["column"] = f.Column,
        ["endLine"] = f.EndLine,
        ["endColumn"] = f.EndColumn,
        ["offset"] = f.Offset,
        ["length"] = f.Length,
        ["ruleId"] = f.RuleId,
        ["severity"] = f.Severity.ToName(),
        ["message"] = f.Message,
        ["suggestions"] = new JArray(f.Suggestions),
    };
}

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>A JSON array of findings, in the shape the server and the tests share.</summary>
public sealed class JsonFormatter : IFindingFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules)
    {
        var array = new JArray(results.SelectMany(r => r.Findings).Select(ToJson));
        JsonOutput.Write(writer, array);
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

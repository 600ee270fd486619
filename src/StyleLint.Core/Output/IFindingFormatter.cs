using StyleLint.Checking;
using StyleLint.Engine;

namespace StyleLint.Output;

/// <summary>Writes the findings of a run in one output format.</summary>
public interface IFindingFormatter
{
    void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules);
}

public static class FindingFormatters
{
    public static readonly string[] Names = ["text", "json", "sarif", "line"];

    public static IFindingFormatter? ByName(string name) => name switch
    {
        "text" => new TextFormatter(),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        "line" => new LineFormatter(),
        _ => null,
    };
}

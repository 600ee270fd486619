using StyleLint.Checking;
using StyleLint.Engine;

namespace StyleLint.Output;

/// <summary>Writes the findings of a run in one output format.</summary>
public interface IFindingFormatter
{
    /// <summary>
    /// Starts the output; each file's findings are then added in input order as soon as they are final, so a
    /// long run need not keep them all (only the line format, sorted across files, collects them to the end).
    /// </summary>
    IFindingWriter Begin(TextWriter writer, IReadOnlyList<RuleInfo> rules);

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

    /// <summary>All results at once, through the formatter's writer: the same bytes as adding them one by one.</summary>
    public static void WriteAll(IFindingFormatter formatter, TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules)
    {
        IFindingWriter output = formatter.Begin(writer, rules);
        foreach (LintResult result in results) output.Add(result);
        output.End();
    }
}

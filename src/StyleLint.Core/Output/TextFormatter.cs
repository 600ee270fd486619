using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>Compiler-style lines that editors and CI logs understand: <c>path:line:col: severity RuleId: message</c>.</summary>
public sealed class TextFormatter : IFindingFormatter
{
    public IFindingWriter Begin(TextWriter writer, IReadOnlyList<RuleInfo> rules) => new Lines(writer);

    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules) =>
        FindingFormatters.WriteAll(this, writer, results, rules);

    private sealed class Lines(TextWriter writer) : IFindingWriter
    {
        public void Add(LintResult result)
        {
            foreach (Finding f in result.Findings)
            {
                writer.WriteLine($"{f.File}:{f.Line}:{f.Column}: {f.Severity.ToName()} {f.RuleId}: {f.Message}");
            }
        }

        public void End()
        {
        }
    }

    /// <summary>The closing tally, for people: "2 errors, 1 warning, 0 suggestions in 3 files".</summary>
    public static string Summary(IReadOnlyList<LintResult> results)
    {
        var tally = new FindingTally();
        foreach (LintResult result in results) tally.Add(result);
        return Summary(tally);
    }

    public static string Summary(FindingTally tally) =>
        $"{Plural(tally.Errors, "error")}, {Plural(tally.Warnings, "warning")}, {Plural(tally.Suggestions, "suggestion")} in {Plural(tally.Files, "file")}";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}

using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>Compiler-style lines that editors and CI logs understand: <c>path:line:col: severity RuleId: message</c>.</summary>
public sealed class TextFormatter : IFindingFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules)
    {
        foreach (Finding f in results.SelectMany(r => r.Findings))
        {
            writer.WriteLine($"{f.File}:{f.Line}:{f.Column}: {f.Severity.ToName()} {f.RuleId}: {f.Message}");
        }
    }

    /// <summary>The closing tally, for people: "2 errors, 1 warning, 0 suggestions in 3 files".</summary>
    public static string Summary(IReadOnlyList<LintResult> results)
    {
        Finding[] all = results.SelectMany(r => r.Findings).ToArray();
        int errors = all.Count(f => f.Severity == Severity.Error);
        int warnings = all.Count(f => f.Severity == Severity.Warning);
        int suggestions = all.Count(f => f.Severity == Severity.Suggestion);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(suggestions, "suggestion")} in {Plural(results.Count, "file")}";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}

using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>
/// One line per finding, as Vale's <c>--output=line --sort --relative</c> writes it:
/// <c>path:line:col:Rule.Id:message</c>, sorted by file, line and column, paths relative to the current folder.
/// </summary>
public sealed class LineFormatter : IFindingFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules)
    {
        IEnumerable<Finding> sorted = results.SelectMany(r => r.Findings)
            .Select(f => f with { File = Relative(f.File) })
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal);
        foreach (Finding f in sorted)
        {
            writer.WriteLine($"{f.File}:{f.Line}:{f.Column}:{f.RuleId}:{f.Message}");
        }
    }

    private static string Relative(string path) =>
        path == "-" || !Path.IsPathRooted(path) ? path : Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}

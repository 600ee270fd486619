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
    public IFindingWriter Begin(TextWriter writer, IReadOnlyList<RuleInfo> rules) => new Sorted(writer);

    public void Write(TextWriter writer, IReadOnlyList<LintResult> results, IReadOnlyList<RuleInfo> rules) =>
        FindingFormatters.WriteAll(this, writer, results, rules);

    /// <summary>Vale's order is across files (by relative path), not input order: the findings wait for the end.</summary>
    private sealed class Sorted(TextWriter writer) : IFindingWriter
    {
        private readonly List<Finding> findings = [];

        public void Add(LintResult result) => findings.AddRange(result.Findings);

        public void End() => WriteSorted(writer, findings);
    }

    private static void WriteSorted(TextWriter writer, List<Finding> findings)
    {
        IEnumerable<Finding> sorted = findings
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

using System.Diagnostics;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Diagnostics;
using StyleLint.Findings;
using StyleLint.Markup;
using StyleLint.Suppression;
using StyleLint.Text;

namespace StyleLint.Engine;

/// <summary>
/// The run-time pipeline for one document: markup → prose with a source map → shared analysis → every enabled
/// checker → spans mapped to the file → inline suppressions and config → findings in file order.
/// A Linter is immutable and can lint many documents, on many threads.
/// </summary>
public sealed class Linter(IReadOnlyList<Checker> checkers)
{
    public IReadOnlyList<Checker> Checkers { get; } = checkers;

    // The checkers' token lists tested against each document's letter runs in one pass for all of them.
    private readonly FirstWordPrefilter prefilter = FirstWordPrefilter.For(checkers);

    public IEnumerable<RuleInfo> Rules => Checkers.Select(c => c.Rule);

    /// <summary>
    /// Lints a decoded file; <paramref name="displayPath"/> is what findings name as their file. A segment of a
    /// larger file passes its <paramref name="suppressions"/> (with the disables still open before it) and an
    /// <paramref name="adapter"/> told what the whole file is like.
    /// </summary>
    public LintResult Lint(SourceText source, string displayPath, LintConfig config, MarkupFormat? format = null, SuppressionMap? suppressions = null, IMarkupAdapter? adapter = null)
    {
        long started = StartupTimings.Enabled ? Stopwatch.GetTimestamp() : 0;
        adapter ??= MarkupFormats.AdapterFor(format ?? MarkupFormats.FromPath(source.Path));
        ProseDocument prose = adapter.Extract(source);
        if (StartupTimings.Enabled) StartupTimings.Report($"{displayPath}: markup to prose", Stopwatch.GetElapsedTime(started));
        var document = new AnalyzedDocument(prose) { HouseNames = config.Names, AllowedWords = config.Allow, Prefilter = prefilter };
        HashSet<string>? allowed = config.Allow.Count == 0 ? null : new HashSet<string>(config.Allow, StringComparer.OrdinalIgnoreCase);
        var sink = new FindingSink(document);
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);

        foreach (Checker checker in Checkers)
        {
            if (config.Resolve(checker.Rule) is not { } severity) continue;
            severities[checker.Rule.Id] = severity;
            long checkStarted = StartupTimings.Enabled ? Stopwatch.GetTimestamp() : 0;
            checker.Check(document, sink);
            if (StartupTimings.Enabled) StartupTimings.Report($"{displayPath}: {checker.Rule.Id} (with the analysis it is first to ask for)", Stopwatch.GetElapsedTime(checkStarted));
        }

        if (StartupTimings.Enabled) StartupTimings.Report($"{displayPath}: all rules", Stopwatch.GetElapsedTime(started));
        suppressions ??= SuppressionMap.For(source);
        var findings = new List<Finding>(sink.Findings.Count);
        foreach (RawFinding raw in sink.Findings)
        {
            (int start, int end) = prose.Map.ToSource(raw.Start, raw.Start + raw.Length);
            if (suppressions.IsSuppressed(raw.Rule.Id, start)) continue;
            if (allowed != null && allowed.Contains(document.Text.Substring(raw.Start, raw.Length))) continue;
            findings.Add(Locate(source, displayPath, start, end, raw.Rule.Id, severities[raw.Rule.Id], raw.Message, raw.Suggestions));
        }

        var uses = new List<VariantUse>(sink.VariantUses.Count);
        foreach (RawVariantUse raw in sink.VariantUses)
        {
            (int start, int end) = prose.Map.ToSource(raw.Start, raw.Start + raw.Length);
            if (suppressions.IsSuppressed(raw.Rule.Id, start)) continue;
            Finding at = Locate(source, displayPath, start, end, raw.Rule.Id, severities[raw.Rule.Id], "", []);
            uses.Add(new VariantUse(at, raw.Variant, raw.VariantName, document.Text.Substring(raw.Start, raw.Length), raw.Alternatives));
        }

        findings.Sort(FindingOrder.Compare);
        if (StartupTimings.Enabled) StartupTimings.Report($"{displayPath}: linted, findings located", Stopwatch.GetElapsedTime(started));
        return new LintResult(displayPath, findings, uses);
    }

    private static Finding Locate(SourceText source, string displayPath, int start, int end, string ruleId, Severity severity, string message, string[] suggestions)
    {
        (int line, int column) = source.Lines.ToLineColumn(start);
        (int endLine, int endColumn) = source.Lines.ToLineColumn(end);
        return new Finding(displayPath, line, column, endLine, endColumn, start, end - start, ruleId, severity, message, suggestions);
    }

    public LintResult LintText(string text, string displayPath, LintConfig? config = null, MarkupFormat format = MarkupFormat.PlainText) =>
        Lint(SourceText.FromString(displayPath, text), displayPath, config ?? LintConfig.Default, format);
}

using StyleLint.Analysis;

namespace StyleLint.Checking;

/// <summary>A finding as a checker reports it: a span of the analysed text, before mapping to the file.</summary>
public readonly record struct RawFinding(RuleInfo Rule, int Start, int Length, string Message, string[] Suggestions);

/// <summary>Collects what checkers report for one document.</summary>
public sealed class FindingSink(AnalyzedDocument document)
{
    private readonly List<RawFinding> findings = new();

    public IReadOnlyList<RawFinding> Findings => findings;

    /// <summary>Reports a span; the message is the rule's template filled with the match and first suggestion.</summary>
    public void Report(RuleInfo rule, int start, int length, string[] suggestions, string? expected = null)
    {
        if (document.IsMasked(start, start + length)) return;
        string match = document.Text.Substring(start, length);
        findings.Add(new RawFinding(rule, start, length, rule.FormatMessage(match, suggestions.Length > 0 ? suggestions[0] : null, expected), suggestions));
    }
}

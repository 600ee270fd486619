using StyleLint.Analysis;

namespace StyleLint.Checking;

/// <summary>A finding as a checker reports it: a span of the analysed text, before mapping to the file.</summary>
public readonly record struct RawFinding(RuleInfo Rule, int Start, int Length, string Message, string[] Suggestions);

/// <summary>
/// One use of a consistency variant, as a checker saw it. <see cref="Alternatives"/> holds, by variant index, the
/// same token in every variant (empty when the variants are not aligned token lists).
/// </summary>
public readonly record struct RawVariantUse(RuleInfo Rule, int Variant, string VariantName, int Start, int Length, string[] Alternatives);

/// <summary>Collects what checkers report for one document.</summary>
public sealed class FindingSink(AnalyzedDocument document)
{
    private readonly List<RawFinding> findings = new();
    private readonly List<RawVariantUse> variantUses = new();

    public IReadOnlyList<RawFinding> Findings => findings;

    /// <summary>Every use of every consistency variant, so a whole run of files can be made consistent too.</summary>
    public IReadOnlyList<RawVariantUse> VariantUses => variantUses;

    public void RecordVariantUse(RawVariantUse use) => variantUses.Add(use);

    /// <summary>Reports a span with a message the rule has already written (Vale rules fill their own %s).</summary>
    public void ReportWithMessage(RuleInfo rule, int start, int length, string message, string[] suggestions)
    {
        if (document.IsMasked(start, start + length)) return;
        findings.Add(new RawFinding(rule, start, length, message, suggestions));
    }

    /// <summary>Reports a span; the message is the rule's template filled with the match and first suggestion.</summary>
    public void Report(RuleInfo rule, int start, int length, string[] suggestions, string? expected = null)
    {
        if (document.IsMasked(start, start + length)) return;
        string match = document.Text.Substring(start, length);
        findings.Add(new RawFinding(rule, start, length, rule.FormatMessage(match, suggestions.Length > 0 ? suggestions[0] : null, expected), suggestions));
    }
}

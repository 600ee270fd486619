namespace StyleLint.Findings;

/// <summary>
/// One use of a consistency variant in a file (U.S. in one place, US in another), located like a finding.
/// Kept beside the findings so that consistency can also be decided across all the files of a run.
/// </summary>
public sealed record VariantUse(Finding At, int Variant, string VariantName, string Text, IReadOnlyList<string> Alternatives);

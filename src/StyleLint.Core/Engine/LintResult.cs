using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>The findings for one input, in file order.</summary>
public sealed record LintResult(string File, IReadOnlyList<Finding> Findings);

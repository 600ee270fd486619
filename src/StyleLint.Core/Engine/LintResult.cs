using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>The findings for one input, in file order, and the consistency variants it used.</summary>
public sealed record LintResult(string File, IReadOnlyList<Finding> Findings, IReadOnlyList<VariantUse> VariantUses)
{
    public LintResult(string file, IReadOnlyList<Finding> findings)
        : this(file, findings, [])
    {
    }
}

using StyleLint.Checking;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.HouseRules;

/// <summary>The outcome of compiling a set of house rule files: checkers, or the problems that prevented them.</summary>
public sealed record HouseRuleSet(
    IReadOnlyList<Checker> Checkers,
    IReadOnlyList<RuleDiagnostic> Diagnostics,
    bool FromCache,
    TimeSpan Elapsed,
    string CacheKey)
{
    public bool Succeeded => Diagnostics.Count == 0;
}

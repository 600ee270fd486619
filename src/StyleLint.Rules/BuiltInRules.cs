using StyleLint.Checking;

namespace StyleLint.Rules;

/// <summary>The rules compiled into StyleLint from the repository's rules/ folder.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<Checker[]> All = new(StyleLint.Generated.RuleRegistry.CreateAll);

    /// <summary>Every built-in checker, ordered by rule id. Checkers are stateless, so one set serves all.</summary>
    public static IReadOnlyList<Checker> Checkers => All.Value;
}

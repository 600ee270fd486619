using StyleLint.RuleCompiler.Model;

namespace StyleLint.RuleCompiler.Parsing
{
    /// <summary>
    /// The result of parsing one rule file: the rule when it is valid, and every problem found either way.
    /// A file with any diagnostic yields no rule, so nothing half-valid is ever emitted.
    /// </summary>
    public sealed record ParsedRuleFile(string Path, RuleModel? Rule, EquatableArray<RuleDiagnostic> Diagnostics)
    {
        public bool IsValid => Rule != null && Diagnostics.Count == 0;
    }
}

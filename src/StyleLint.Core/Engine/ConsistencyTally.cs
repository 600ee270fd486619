using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>
/// Run-wide consistency's count, kept as files go by in input order: for each rule, how often each variant was used
/// and when it was first seen. That is all the decision needs, so no file's uses have to wait in memory for it.
/// </summary>
public sealed class ConsistencyTally
{
    private readonly Dictionary<string, RuleTally> rules = new(StringComparer.Ordinal);

    public void Add(LintResult result)
    {
        foreach (VariantUse use in result.VariantUses)
        {
            if (!rules.TryGetValue(use.At.RuleId, out RuleTally? rule)) rules[use.At.RuleId] = rule = new RuleTally();
            rule.Add(use);
        }
    }

    /// <summary>Per rule id: most uses wins; on a tie, the variant seen first (files in input order).</summary>
    public Dictionary<string, (int Variant, string Name)> Winners() =>
        rules.ToDictionary(r => r.Key, r => r.Value.Winner(), StringComparer.Ordinal);

    private sealed class RuleTally
    {
        private readonly Dictionary<int, (int Count, int First, string Name)> variants = new();
        private int seen;

        public void Add(VariantUse use)
        {
            variants[use.Variant] = variants.TryGetValue(use.Variant, out var v) ? (v.Count + 1, v.First, v.Name) : (1, seen, use.VariantName);
            seen++;
        }

        public (int, string) Winner()
        {
            var best = variants.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First();
            return (best.Key, best.Value.Name);
        }
    }
}

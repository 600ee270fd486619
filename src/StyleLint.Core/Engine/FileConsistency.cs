using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>
/// The consistency rules' decision for one file linted in segments, made as the rule makes it for a whole
/// document: the variant used most in the file wins, the one used first on a tie, and every use of another
/// variant is a finding. Each segment decided for itself; those findings are replaced. One difference remains:
/// uses that an inline disable hides do not count here, where the whole-document check counts them.
/// </summary>
public static class FileConsistency
{
    public static LintResult Decide(LintResult file, Linter linter, LintConfig config)
    {
        Dictionary<string, RuleInfo> rules = linter.Rules
            .Where(r => r.Kind == "consistency")
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (rules.Count == 0) return file;

        // A whole document lists its uses rule by rule, variant by variant, in text order; run-wide consistency
        // breaks ties by that order, so the segments' uses are put back into it.
        var ruleOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (VariantUse use in file.VariantUses) ruleOrder.TryAdd(use.At.RuleId, ruleOrder.Count);
        VariantUse[] uses = file.VariantUses
            .OrderBy(u => ruleOrder[u.At.RuleId]).ThenBy(u => u.Variant).ThenBy(u => u.At.Offset)
            .ToArray();

        HashSet<string>? allowed = config.Allow.Count == 0 ? null : new HashSet<string>(config.Allow, StringComparer.OrdinalIgnoreCase);
        var findings = file.Findings.Where(f => !rules.ContainsKey(f.RuleId)).ToList();
        foreach (IGrouping<string, VariantUse> ruleUses in uses.GroupBy(u => u.At.RuleId, StringComparer.Ordinal))
        {
            if (!rules.TryGetValue(ruleUses.Key, out RuleInfo? rule)) continue;
            (int winner, string winnerName) = Winner(ruleUses);
            foreach (VariantUse use in ruleUses)
            {
                if (use.Variant == winner || allowed?.Contains(use.Text) == true) continue;
                string[] suggestions = use.Alternatives.Count > winner ? [use.Alternatives[winner]] : [];
                findings.Add(use.At with { Message = rule.FormatMessage(use.Text, suggestions.FirstOrDefault(), winnerName), Suggestions = suggestions });
            }
        }
        findings.Sort(FindingOrder.Compare);
        return file with { Findings = findings, VariantUses = uses };
    }

    /// <summary>Most uses wins; on a tie, the variant whose first use comes first in the file.</summary>
    private static (int, string) Winner(IEnumerable<VariantUse> uses)
    {
        var tally = new Dictionary<int, (int Count, int First, string Name)>();
        foreach (VariantUse use in uses)
        {
            tally[use.Variant] = tally.TryGetValue(use.Variant, out var t)
                ? (t.Count + 1, Math.Min(t.First, use.At.Offset), t.Name)
                : (1, use.At.Offset, use.VariantName);
        }
        var best = tally.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First();
        return (best.Key, best.Value.Name);
    }
}

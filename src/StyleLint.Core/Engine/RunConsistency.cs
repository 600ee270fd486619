using StyleLint.Checking;
using StyleLint.Findings;

namespace StyleLint.Engine;

/// <summary>
/// Consistency across the files of one run: three versions of one story, or a newsroom's day of copy, should
/// agree on U.S. or US, -ise or -ize, one date style. The variant used most across all files wins (the first
/// seen on a tie); each file's own consistency findings are replaced by findings against that winner.
/// </summary>
public static class RunConsistency
{
    public static IReadOnlyList<LintResult> Apply(IReadOnlyList<LintResult> results, IEnumerable<RuleInfo> rules)
    {
        Dictionary<string, RuleInfo> consistencyRules = rules
            .Where(r => r.Kind == "consistency")
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (consistencyRules.Count == 0 || results.Count < 2) return results;

        Dictionary<string, (int Variant, string Name)> winners = results
            .SelectMany(r => r.VariantUses)
            .GroupBy(u => u.At.RuleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Winner(g.ToList()), StringComparer.Ordinal);

        return results.Select(result =>
        {
            var findings = result.Findings.Where(f => !consistencyRules.ContainsKey(f.RuleId)).ToList();
            foreach (VariantUse use in result.VariantUses)
            {
                if (!consistencyRules.TryGetValue(use.At.RuleId, out RuleInfo? rule)) continue;
                (int winner, string winnerName) = winners[use.At.RuleId];
                if (use.Variant == winner) continue;
                string[] suggestions = use.Alternatives.Count > winner ? [use.Alternatives[winner]] : [];
                findings.Add(use.At with
                {
                    Message = rule.FormatMessage(use.Text, suggestions.FirstOrDefault(), winnerName),
                    Suggestions = suggestions,
                });
            }
            findings.Sort(FindingOrder.Compare);
            return result with { Findings = findings };
        }).ToArray();
    }

    /// <summary>Most uses wins; on a tie, the variant seen first (results are in input order).</summary>
    private static (int, string) Winner(List<VariantUse> uses)
    {
        var counts = new Dictionary<int, (int Count, int First, string Name)>();
        for (int i = 0; i < uses.Count; i++)
        {
            VariantUse use = uses[i];
            counts[use.Variant] = counts.TryGetValue(use.Variant, out var c) ? (c.Count + 1, c.First, c.Name) : (1, i, use.VariantName);
        }
        KeyValuePair<int, (int Count, int First, string Name)> best = counts
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Value.First)
            .First();
        return (best.Key, best.Value.Name);
    }
}

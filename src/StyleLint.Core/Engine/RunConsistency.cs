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
        Dictionary<string, RuleInfo> consistencyRules = ConsistencyRules(rules);
        if (consistencyRules.Count == 0 || results.Count < 2) return results;

        var tally = new ConsistencyTally();
        foreach (LintResult result in results) tally.Add(result);
        Dictionary<string, (int Variant, string Name)> winners = tally.Winners();
        return results.Select(result => Apply(result, consistencyRules, winners)).ToArray();
    }

    public static Dictionary<string, RuleInfo> ConsistencyRules(IEnumerable<RuleInfo> rules) => rules
        .Where(r => r.Kind == "consistency")
        .ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>One file's consistency findings replaced by findings against the run's winners.</summary>
    public static LintResult Apply(LintResult result, Dictionary<string, RuleInfo> consistencyRules, Dictionary<string, (int Variant, string Name)> winners)
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
    }
}

using System.Collections.Generic;
using System.Linq;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.RuleCompiler.Parsing
{
    /// <summary>Checks that need every rule at once: today, that no two rules share an id.</summary>
    public static class RuleSetValidator
    {
        public static IEnumerable<RuleDiagnostic> FindDuplicateIds(IEnumerable<RuleModel> rules)
        {
            foreach (IGrouping<string, RuleModel> group in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            {
                RuleModel[] ordered = group.OrderBy(r => r.Position.Path, System.StringComparer.Ordinal).ToArray();
                foreach (RuleModel duplicate in ordered.Skip(1))
                {
                    yield return new RuleDiagnostic(DiagnosticIds.DuplicateId,
                        $"Rule id '{group.Key}' is already defined in {ordered[0].Position.Path}", duplicate.Position);
                }
            }
        }
    }
}

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StyleLint.Checking;
using StyleLint.Findings;
using StyleLint.Output;

namespace StyleLint.Cli;

/// <summary>`stylelint rules list`: every rule with its default severity, kind and purpose.</summary>
public sealed class RulesCommand(IReadOnlyList<RuleInfo> rules, TextWriter stdout)
{
    public int List(string format)
    {
        if (format == "json")
        {
            var array = new JArray(rules.Select(RuleJson.ToJson));
            stdout.WriteLine(array.ToString(Formatting.Indented));
            return ExitCodes.Clean;
        }

        int idWidth = rules.Count == 0 ? 10 : rules.Max(r => r.Id.Length);
        foreach (RuleInfo rule in rules)
        {
            string about = rule.Description.Length > 0 ? rule.Description : rule.Message;
            stdout.WriteLine($"{rule.Id.PadRight(idWidth)}  {rule.Severity.ToName(),-10}  {rule.Kind,-14}  {about}");
        }
        return ExitCodes.Clean;
    }
}

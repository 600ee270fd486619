using Newtonsoft.Json.Linq;
using StyleLint.Checking;
using StyleLint.Findings;

namespace StyleLint.Output;

/// <summary>A rule as JSON: the shape of `stylelint rules list --format json` and the server's /v1/rules.</summary>
public static class RuleJson
{
    public static JObject ToJson(RuleInfo rule) => new()
    {
        ["id"] = rule.Id,
        ["severity"] = rule.Severity.ToName(),
        ["kind"] = rule.Kind,
        ["scope"] = ScopeName(rule.Scope),
        ["message"] = rule.Message,
        ["description"] = rule.Description,
        ["link"] = rule.Link,
        ["source"] = rule.Source,
    };

    public static string ScopeName(RuleScope scope) => scope == RuleScope.NonQuote ? "non-quote" : scope.ToString().ToLowerInvariant();
}

using StyleLint.Checking;
using StyleLint.Findings;
using StyleLint.Suppression;

namespace StyleLint.Config;

/// <summary>
/// The effective settings for linting: which rules run at which severity, what is shown, what fails the run, and
/// the newsroom's own rule files, names and allowed words. Built from a `.stylelint.yml` and what it extends.
/// Rule settings apply in order — style names and globs first, then exact rule ids — so the specific one wins.
/// </summary>
public sealed record LintConfig
{
    public static readonly LintConfig Default = new();

    /// <summary>Where it was read from, or null for the built-in defaults.</summary>
    public string? Path { get; init; }

    /// <summary>Every config file it was read from (itself, then what it extends), as full paths: what to watch for changes.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Findings below this level are not reported at all.</summary>
    public Severity MinAlertLevel { get; init; } = Severity.Suggestion;

    /// <summary>A finding at or above this level makes the run fail (exit 1).</summary>
    public Severity FailLevel { get; init; } = Severity.Error;

    public IReadOnlyList<RuleSetting> Rules { get; init; } = [];

    /// <summary>House rule files and folders (absolute paths), compiled at run time.</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];

    /// <summary>Vale style folders (full paths) whose rule files run beside StyleLint's rules (valeStyles).</summary>
    public IReadOnlyList<string> ValeStyles { get; init; } = [];

    /// <summary>House names (people, places, organisations) that name-aware rules treat as correctly spelled.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Words that are right as written: no rule flags exactly this text.</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];

    public IReadOnlyList<PathOverride> Overrides { get; init; } = [];

    /// <summary>The settings for one file: this config with every override that matches its path applied.</summary>
    public LintConfig ForFile(string filePath)
    {
        if (Overrides.Count == 0) return this;
        LintConfig result = this;
        foreach (PathOverride o in Overrides.Where(o => o.Applies(filePath)))
        {
            result = result with
            {
                Rules = [.. result.Rules, .. o.Rules],
                MinAlertLevel = o.MinAlertLevel ?? result.MinAlertLevel,
                FailLevel = o.FailLevel ?? result.FailLevel,
            };
        }
        return result with { Overrides = [] };
    }

    /// <summary>The severity the rule runs at, or null when it is switched off.</summary>
    public Severity? Resolve(RuleInfo rule)
    {
        Severity? severity = rule.Severity;
        // Settings naming the rule exactly come last, so they win over globs. Two indexed passes, not LINQ: this
        // runs for every rule on every document, and the iterators were most of what a document's linting allocated
        // outside the rules.
        for (int pass = 0; pass < 2; pass++)
        {
            bool exact = pass == 1;
            for (int i = 0; i < Rules.Count; i++)
            {
                RuleSetting setting = Rules[i];
                if ((setting.Pattern == rule.Id) != exact || !RuleIdPattern.Matches(setting.Pattern, rule.Id)) continue;
                severity = !setting.Enabled ? null : setting.Severity ?? rule.Severity;
            }
        }
        return severity is { } s && s >= MinAlertLevel ? s : null;
    }

    /// <summary>Every setting must name a rule that exists: a typo must not silently switch nothing off.</summary>
    public void Validate(IEnumerable<RuleInfo> rules)
    {
        RuleInfo[] all = rules.ToArray();
        foreach (RuleSetting setting in Rules.Concat(Overrides.SelectMany(o => o.Rules)))
        {
            if (all.Any(r => RuleIdPattern.Matches(setting.Pattern, r.Id))) continue;
            string? close = RuleIdPattern.IsGlob(setting.Pattern) ? null : ClosestName(setting.Pattern, all);
            string hint = close != null ? $" (did you mean '{close}'?)" : " (see `stylelint rules list`)";
            throw new ConfigException(setting.Source ?? Path ?? "config", setting.Line, setting.Column, $"unknown rule or style '{setting.Pattern}'{hint}");
        }
    }

    /// <summary>The rule id or style name a mistyped one most likely meant: a few edits away, ignoring case.</summary>
    private static string? ClosestName(string pattern, RuleInfo[] rules)
    {
        string typed = pattern.ToLowerInvariant();
        int limit = Math.Clamp(typed.Length / 4, 1, 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in rules.Select(r => r.Id).Concat(rules.Select(r => r.Style)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            int distance = EditDistance(typed, name.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Insertions, deletions, substitutions and swaps of neighbours needed to turn one string into the other.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}

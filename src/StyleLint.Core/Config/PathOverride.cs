using Microsoft.Extensions.FileSystemGlobbing;
using StyleLint.Findings;

namespace StyleLint.Config;

/// <summary>
/// Settings for some paths only (<c>overrides: [{ files: "drafts/**", rules: {...} }]</c>), relative to the folder
/// of the config that declares them. Later overrides win over earlier ones.
/// </summary>
public sealed record PathOverride(
    string BaseFolder,
    IReadOnlyList<string> Globs,
    IReadOnlyList<RuleSetting> Rules,
    Severity? MinAlertLevel,
    Severity? FailLevel)
{
    public bool Applies(string filePath)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(Globs);
        string relative = Path.GetRelativePath(BaseFolder, Path.GetFullPath(filePath)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && matcher.Match(relative).HasMatches;
    }
}

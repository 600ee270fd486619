namespace StyleLint.Vale;

/// <summary>The parts of a Vale config the linter itself reads (the runner decides which files and rules).</summary>
public sealed class ValeLintSettings
{
    public int MinAlertLevel { get; set; } = 1;
    public List<string> SkippedScopes { get; } = [];
    public List<string> IgnoredScopes { get; } = [];
    public List<string> IgnoredClasses { get; } = [];

    /// <summary>Rules switched on or off in the [*] section (for every file).</summary>
    public Dictionary<string, bool> GlobalChecks { get; } = new(StringComparer.Ordinal);

    /// <summary>BlockIgnores and TokenIgnores by section glob, in config order.</summary>
    public List<KeyValuePair<string, List<string>>> BlockIgnores { get; } = [];
    public List<KeyValuePair<string, List<string>>> TokenIgnores { get; } = [];

    public static int LevelToInt(string level) => level switch { "suggestion" => 0, "warning" => 1, "error" => 2, _ => 1 };
}

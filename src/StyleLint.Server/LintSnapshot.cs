using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;

namespace StyleLint.Server;

/// <summary>
/// One immutable state of the server's configuration: the config, the linter with its house rules, and the rules.
/// A request takes the current snapshot once and uses it to the end, so a reload never changes a request in flight.
/// </summary>
public sealed class LintSnapshot(int generation, LintConfig config, Linter linter, DateTimeOffset loadedAt)
{
    public int Generation { get; } = generation;

    public LintConfig Config { get; } = config;

    public Linter Linter { get; } = linter;

    public IReadOnlyList<RuleInfo> Rules { get; } = linter.Rules.ToArray();

    public DateTimeOffset LoadedAt { get; } = loadedAt;

    /// <summary>The folder request paths are relative to when config overrides are matched.</summary>
    public string BaseFolder { get; } = config.Path is { } path ? Path.GetDirectoryName(Path.GetFullPath(path)) ?? "." : Directory.GetCurrentDirectory();
}

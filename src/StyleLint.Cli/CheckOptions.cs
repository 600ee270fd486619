using StyleLint.Findings;

namespace StyleLint.Cli;

/// <summary>What `stylelint check` was asked to do.</summary>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    string Format = "text",
    string? ConfigPath = null,
    Severity? FailLevel = null,
    string? StdinFilename = null,
    bool ConsistencyPerFile = false,
    bool Fix = false,
    bool DryRun = false,
    bool Verbose = false);

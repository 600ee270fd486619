namespace StyleLint.Findings;

/// <summary>
/// One problem in one file: the contract shared by the CLI's JSON, the server and the tests.
/// Line and column are 1-based; <see cref="EndColumn"/> is exclusive; <see cref="Offset"/> and
/// <see cref="Length"/> count UTF-16 code units of the original file's decoded text (after any BOM).
/// </summary>
public sealed record Finding(
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    int Offset,
    int Length,
    string RuleId,
    Severity Severity,
    string Message,
    IReadOnlyList<string> Suggestions);

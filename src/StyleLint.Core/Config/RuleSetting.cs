using StyleLint.Findings;

namespace StyleLint.Config;

/// <summary>
/// One line of a config's <c>rules:</c> map: a rule id, a style name or an id glob, switched off or on, or given
/// a severity. <see cref="Source"/>, <see cref="Line"/> and <see cref="Column"/> say where it was written.
/// </summary>
public sealed record RuleSetting(string Pattern, bool Enabled, Severity? Severity, int Line, int Column, string? Source = null);

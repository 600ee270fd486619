using StyleLint.Findings;

namespace StyleLint.Checking;

/// <summary>An example from a rule file: text the rule must flag, and optionally the text after its fixes.</summary>
public sealed record RuleExample(string Text, string? Fix);

/// <summary>What a compiled rule says about itself: identity, defaults and its tested examples.</summary>
public sealed class RuleInfo(
    string id,
    string kind,
    Severity severity,
    RuleScope scope,
    string message,
    string description,
    string link,
    string source,
    RuleExample[] badExamples,
    string[] goodExamples)
{
    public string Id { get; } = id;

    public string Style { get; } = id[..Math.Max(0, id.IndexOf('.'))];

    public string Kind { get; } = kind;

    public Severity Severity { get; } = severity;

    public RuleScope Scope { get; } = scope;

    /// <summary>The message template, with {match}, {suggestion} and {expected} placeholders.</summary>
    public string Message { get; } = message;

    public string Description { get; } = description;

    public string Link { get; } = link;

    /// <summary>The rule file it was compiled from, relative to its rules folder.</summary>
    public string Source { get; } = source;

    public IReadOnlyList<RuleExample> BadExamples { get; } = badExamples;

    public IReadOnlyList<string> GoodExamples { get; } = goodExamples;

    public string FormatMessage(string match, string? suggestion, string? expected = null)
    {
        string text = Message;
        if (text.IndexOf('{') < 0) return text;
        return text.Replace("{match}", match, StringComparison.Ordinal)
            .Replace("{suggestion}", suggestion ?? "", StringComparison.Ordinal)
            .Replace("{expected}", expected ?? "", StringComparison.Ordinal);
    }
}

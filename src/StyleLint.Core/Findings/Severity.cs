namespace StyleLint.Findings;

/// <summary>How much a finding matters, from least to most; the order is used for levels and exit codes.</summary>
public enum Severity
{
    Suggestion = 0,
    Warning = 1,
    Error = 2,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "suggestion",
    };

    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name)
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion": severity = Severity.Suggestion; return true;
            default: severity = Severity.Suggestion; return false;
        }
    }
}

namespace StyleLint.Checking.Detectors.Names;

/// <summary>How a name as written splits into words; shared with the build tool that makes the names table.</summary>
internal static class NameWords
{
    /// <summary>Spaces and hyphens separate a name's words.</summary>
    public static string[] Split(string name) =>
        name.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

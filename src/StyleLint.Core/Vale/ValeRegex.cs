using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// Vale rules' regular expressions. Vale runs them with regexp2, a port of .NET's own engine, so .NET reads them
/// as written; only RE2's named-group spelling (?P&lt;name&gt;…) is rewritten. A match times out after two seconds.
/// </summary>
public static class ValeRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex Compile(string pattern) =>
        new(pattern.Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.CultureInvariant, Timeout);
}

using System.Text.RegularExpressions;

namespace StyleLint.Suppression;

/// <summary>
/// The comment directives that switch rules off inside a file:
/// <c>&lt;!-- stylelint-disable [Rule.Id, Style.*] --&gt;</c> … <c>&lt;!-- stylelint-enable [ids] --&gt;</c>,
/// and <c>&lt;!-- stylelint-disable-next-line [ids] --&gt;</c>. They are read from the original file, so they
/// work the same in plain text, Markdown and HTML.
/// </summary>
public static partial class InlineDirectives
{
    [GeneratedRegex(@"<!--\s*stylelint-(?<verb>disable-next-line|disable|enable)(?<ids>[^>]*?)-->", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*(?:<!--.*?-->\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentOnlyLine();

    public static bool IsDirectiveLine(string line) => IsDirectiveLine(line.AsSpan());

    /// <inheritdoc cref="IsDirectiveLine(string)"/>
    public static bool IsDirectiveLine(ReadOnlySpan<char> line) =>
        line.Contains("stylelint-", StringComparison.Ordinal) && CommentOnlyLine().IsMatch(line);

    public static IEnumerable<(string Verb, IReadOnlyList<string> Ids, int Start, int End)> Find(string text)
    {
        if (!text.Contains("stylelint-", StringComparison.Ordinal)) yield break;
        foreach (Match match in Directive().Matches(text))
        {
            string[] ids = match.Groups["ids"].Value
                .Split([',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            yield return (match.Groups["verb"].Value, ids, match.Index, match.Index + match.Length);
        }
    }
}

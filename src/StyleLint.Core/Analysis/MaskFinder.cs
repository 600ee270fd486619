using System.Text.RegularExpressions;

namespace StyleLint.Analysis;

/// <summary>
/// Text that is not prose even inside prose: URLs, e-mail addresses, @handles and #hashtags. Findings that
/// touch them are dropped, so a rule never "corrects" an address.
/// </summary>
public static partial class MaskFinder
{
    [GeneratedRegex(@"\b(?:https?://|ftp://|www\.)[^\s<>""“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?<![\w@])[@#][A-Za-z_][\w]*|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|info)(?:/[^\s]*)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Masked();

    public static TextSpan[] Find(string text)
    {
        if (text.IndexOfAny(['/', '@', '#', '.']) < 0) return [];
        var spans = new List<TextSpan>();
        foreach (ValueMatch match in Masked().EnumerateMatches(text))
        {
            int length = match.Length;
            // A sentence's full stop after a URL is not part of it.
            while (length > 0 && text[match.Index + length - 1] is '.' or ',' or ')' or ';' or ':') length--;
            spans.Add(new TextSpan(match.Index, length));
        }
        return spans.ToArray();
    }
}

using System.Buffers;
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

    // Every match holds one of these ("://" and "www." hold '/' or '.'), and none crosses white space.
    private static readonly SearchValues<char> Triggers = SearchValues.Create("@#./");
    // White space that ends a stretch of text the pattern is run on (all \s to the pattern: no match crosses it,
    // and \b and the lookbehind see the same non-word character there as at the start or end of input).
    private static readonly SearchValues<char> Breaks = SearchValues.Create(" \n\t\r");

    /// <summary>
    /// The masked spans of <paramref name="text"/>, in text order. The pattern runs only on the stretches between
    /// white space that hold an @, #, full stop or slash, so most of the text is never tried, and finds there
    /// exactly what it finds run over the whole text.
    /// </summary>
    public static TextSpan[] Find(string text)
    {
        List<TextSpan>? spans = null;
        int i = 0;
        while (i < text.Length)
        {
            int hit = text.AsSpan(i).IndexOfAny(Triggers);
            if (hit < 0) break;
            hit += i;
            int start = i + text.AsSpan(i, hit - i).LastIndexOfAny(Breaks) + 1;
            int after = text.AsSpan(hit).IndexOfAny(Breaks);
            int end = after < 0 ? text.Length : hit + after;
            // A stretch whose only such character is a full stop at its end (a sentence's last word) holds no
            // match: every match needs an @ or #, a slash, or a full stop with more after it.
            if (hit == end - 1 && text[hit] == '.')
            {
                i = end;
                continue;
            }
            foreach (ValueMatch match in Masked().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                int at = start + match.Index;
                int length = match.Length;
                // A sentence's full stop after a URL is not part of it.
                while (length > 0 && text[at + length - 1] is '.' or ',' or ')' or ';' or ':') length--;
                (spans ??= new List<TextSpan>()).Add(new TextSpan(at, length));
            }
            i = end;
        }
        return spans == null ? [] : spans.ToArray();
    }

    /// <summary>The definition <see cref="Find"/> must agree with: the pattern run over the whole text.</summary>
    internal static TextSpan[] FindInWholeText(string text)
    {
        var spans = new List<TextSpan>();
        foreach (ValueMatch match in Masked().EnumerateMatches(text))
        {
            int length = match.Length;
            while (length > 0 && text[match.Index + length - 1] is '.' or ',' or ')' or ';' or ':') length--;
            spans.Add(new TextSpan(match.Index, length));
        }
        return spans.ToArray();
    }
}

using System.Text;

namespace StyleLint.Vale;

/// <summary>
/// The string operations Vale's locating depends on, with the same results: lengths in runes (columns are runes),
/// masking that keeps every rune's place, splitting that keeps the line ends, and fields split on white space.
/// </summary>
public static class ValeText
{
    /// <summary>The number of runes (a surrogate pair is one).</summary>
    public static int StrLen(string s) => StrLen(s.AsSpan());

    public static int StrLen(ReadOnlySpan<char> s)
    {
        int count = 0;
        foreach (char c in s) if (!char.IsLowSurrogate(c)) count++;
        return count;
    }

    /// <summary>Lines with their "\n" kept; a text ending in "\n" gives a last empty line, as Go's SplitAfter does.</summary>
    public static List<string> SplitAfter(string s, string separator = "\n")
    {
        var parts = new List<string>();
        int start = 0;
        while (true)
        {
            int at = s.IndexOf(separator, start, StringComparison.Ordinal);
            if (at < 0) { parts.Add(s[start..]); return parts; }
            parts.Add(s[start..(at + separator.Length)]);
            start = at + separator.Length;
        }
    }

    public static string[] Fields(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Replaces the first occurrence of <paramref name="sub"/> with <paramref name="mask"/>, rune for rune, line ends kept.</summary>
    public static string Substitute(string source, string sub, char mask, out bool found)
    {
        int at = source.IndexOf(sub, StringComparison.Ordinal);
        found = at >= 0;
        if (at < 0) return source;
        return source[..at] + Mask(sub, mask, asciiOnly: false) + source[(at + sub.Length)..];
    }

    public static string Substitute(string source, string sub, char mask) => Substitute(source, sub, mask, out _);

    /// <summary>As <see cref="Substitute(string, string, char)"/>, but only ASCII characters are masked (the walker's in-place edit).</summary>
    public static string SubstituteAscii(string source, string sub, char mask, out bool found)
    {
        int at = source.IndexOf(sub, StringComparison.Ordinal);
        found = at >= 0;
        if (at < 0 || sub.Length == 0) return source;
        return source[..at] + Mask(sub, mask, asciiOnly: true) + source[(at + sub.Length)..];
    }

    private static string Mask(string sub, char mask, bool asciiOnly)
    {
        var builder = new StringBuilder(sub.Length);
        for (int i = 0; i < sub.Length; i++)
        {
            char c = sub[i];
            if (c == '\n' || (asciiOnly && c > 0x7F)) { builder.Append(c); continue; }
            if (char.IsHighSurrogate(c) && i + 1 < sub.Length && char.IsLowSurrogate(sub[i + 1])) i++;
            builder.Append(mask);
        }
        return builder.ToString();
    }

    /// <summary>Only '*' and '@' (what masked code and located text become).</summary>
    public static bool IsCode(string s) => s.All(c => c is '*' or '@');

    public static bool IsLetter(string s)
    {
        foreach (Rune r in s.EnumerateRunes()) if (!Rune.IsLetter(r)) return false;
        return true;
    }

    /// <summary>Letters, digits, spaces and hyphens only.</summary>
    public static bool IsPhrase(string s)
    {
        foreach (Rune r in s.EnumerateRunes()) if (!Rune.IsLetter(r) && !Rune.IsDigit(r) && r.Value != ' ' && r.Value != '-') return false;
        return true;
    }

    public static string TrimSpace(string s) => s.Trim();

    public static string CapFirst(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// Sentence segmentation for Vale's sentence scope and readability metrics, in the manner of Punkt (what Vale
/// uses): a token ending in '.', '?' or '!' (possibly followed by closing quotes or brackets) ends a sentence
/// unless it is a known abbreviation, an initial, a number or an ellipsis followed by a lower-case word.
/// A simplification: Punkt's trained English statistics are not shipped, so rare abbreviations are missed.
/// </summary>
public static class ValeSentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gov", "sgt", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "al", "fig",
        "u.s", "u.k", "a.m", "p.m", "approx", "dept", "est", "gen", "col", "capt", "lt", "rep", "sen", "rev", "vol", "ed",
    };

    private static readonly Regex Token = new(@"\S+", RegexOptions.CultureInvariant);
    private static readonly Regex WordRegex = new(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant);

    /// <summary>The sentences of a text, trimmed.</summary>
    public static List<string> Segment(string text)
    {
        var sentences = new List<string>();
        var tokens = Token.Matches(text).ToList();
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!EndsSentence(tokens[i].Value, i + 1 < tokens.Count ? tokens[i + 1].Value : null)) continue;
            int end = tokens[i].Index + tokens[i].Length;
            string s = text[start..end].Trim();
            if (s.Length > 0) sentences.Add(s);
            start = end;
        }
        string last = text[start..].Trim();
        if (last.Length > 0) sentences.Add(last);
        return sentences;
    }

    private static bool EndsSentence(string token, string? next)
    {
        string core = token.TrimEnd('"', '\'', ')', ']', '”', '’');
        if (core.Length == 0) return false;
        char end = core[^1];
        if (end is '?' or '!') return next == null || !StartsLower(next) || core.Length < token.Length;
        if (end != '.') return false;
        if (next == null) return true;
        string word = core.TrimEnd('.').TrimStart('(', '"', '\'', '“', '‘', '[');
        if (core.EndsWith("..", StringComparison.Ordinal)) return !StartsLower(next);
        if (word.Length == 0) return false;
        if (Abbreviations.Contains(word)) return false;
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        if (Regex.IsMatch(word, @"^(?:[A-Za-z]\.)+[A-Za-z]$")) return false;
        return true;
    }

    private static bool StartsLower(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (char.IsDigit(c)) return false;
        }
        return false;
    }

    /// <summary>Words and punctuation marks, for finding a sentence's line.</summary>
    public static string[] Words(string s) => WordRegex.Matches(s).Select(m => m.Value).ToArray();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>Vale's $title and $sentence capitalization tests, simplified.</summary>
public static class ValeCase
{
    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the", "to", "v.", "vs.", "via", "from", "into", "with", "up", "out", "off", "over", "so", "yet",
    };

    private static readonly Regex Word = new(@"[\p{L}\p{N}\u0001][\p{L}\p{N}\u0001'’\-\.]*", RegexOptions.CultureInvariant);

    public static string ToTitle(string text)
    {
        bool first = true;
        return Word.Replace(text, m =>
        {
            string w = m.Value;
            string result = first || !Small.Contains(w) ? char.ToUpperInvariant(w[0]) + w[1..] : w.ToLowerInvariant();
            first = false;
            return result;
        });
    }

    public static bool IsTitle(string text, IReadOnlyList<string> exceptions)
    {
        string masked = Mask(text, exceptions);
        var words = Word.Matches(masked).Select(m => m.Value).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i];
            if (w.All(c => c == '\u0001')) continue;
            if (!char.IsLetter(w[0])) continue;
            bool small = Small.Contains(w) && i > 0 && i < words.Count - 1;
            if (small) continue;
            if (char.IsLower(w[0])) return false;
        }
        return true;
    }

    public static bool IsSentence(string text, IReadOnlyList<string> exceptions, IReadOnlyList<string> indicators, string prefix, double threshold)
    {
        if (prefix.Length > 0)
        {
            Match p = Regex.Match(text, prefix, RegexOptions.CultureInvariant);
            if (p.Success && p.Index == 0) text = text[p.Length..];
        }
        string masked = Mask(text, exceptions);
        var matches = Word.Matches(masked).ToList();
        var words = matches.Select(m => m.Value).ToList();
        if (words.Count == 0) return true;
        int count = 0, good = 0;
        bool expectCapital = true;
        int previousEnd = -1;
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i];
            string between = previousEnd < 0 ? "" : masked[previousEnd..matches[i].Index];
            bool afterIndicator = i > 0 && indicators.Any(ind => between.Contains(ind, StringComparison.Ordinal) || words[i - 1].EndsWith(ind, StringComparison.Ordinal));
            previousEnd = matches[i].Index + matches[i].Length;
            if (w.All(c => c == '\u0001')) { expectCapital = false; continue; }
            if (!char.IsLetter(w[0])) continue;
            count++;
            if (expectCapital || afterIndicator)
            {
                if (char.IsUpper(w[0]) || afterIndicator) good++;
            }
            else if (char.IsLower(w[0]) || w == "I" || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal) || IsAllCaps(w))
            {
                good++;
            }
            expectCapital = false;
        }
        return count == 0 || (double)good / count > threshold;
    }

    private static bool IsAllCaps(string w) => w.Count(char.IsLetter) > 1 && w.Where(char.IsLetter).All(char.IsUpper);

    private static string Mask(string text, IReadOnlyList<string> exceptions)
    {
        foreach (string e in exceptions.OrderByDescending(e => e.Length))
        {
            try
            {
                text = Regex.Replace(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(e) + @"(?![\p{L}\p{N}])", m => new string('\u0001', m.Length), RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
            }
        }
        return text;
    }
}

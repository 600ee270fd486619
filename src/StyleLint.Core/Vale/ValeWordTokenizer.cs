using System.Text.RegularExpressions;

namespace StyleLint.Vale;

/// <summary>
/// The word tokenizer Vale's spelling rules use (its "iter" tokenizer): curly quotes made straight, text split at
/// whitespace, then each piece stripped of one leading $ ( " [ ' or trailing , ) " ] ! ; . ? : ' at a time until
/// nothing changes. Abbreviations (U.S., Mr.) and emoticons stay whole; pieces without a letter are dropped.
/// Contractions are not split (Vale's default has no split cases).
/// </summary>
public static class ValeWordTokenizer
{
    private static readonly Regex Special = new(@"^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$", RegexOptions.CultureInvariant);
    private static readonly string[] Prefixes = ["$", "(", "\"", "[", "'"];
    private static readonly string[] Suffixes = [",", ")", "\"", "]", "!", ";", ".", "?", ":", "'"];

    private static readonly HashSet<string> Emoticons = new(StringComparer.Ordinal)
    {
        "(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)", "(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D",
        ":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]", ":-o", ":-p", ":-x",
        ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o", ":o)", "=(", "=)", "=D", "=|", "@_@", "O.o",
        "O_o", "V_V", "XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", "¯\\(ツ)/¯",
    };

    public static List<string> Tokenize(string text)
    {
        string clean = text.Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2018', '\'').Replace('\u2019', '\'')
            .Replace("&rsquo;", "'", StringComparison.Ordinal);
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= clean.Length; i++)
        {
            bool space = i == clean.Length || char.IsWhiteSpace(clean[i]);
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                Split(clean[start..i], tokens);
                start = -1;
            }
        }
        return tokens;
    }

    private static void Split(string token, List<string> tokens)
    {
        int last = -1;
        while (token.Length > 0 && token.Length != last)
        {
            if (Emoticons.Contains(token) || Special.IsMatch(token))
            {
                Add(token, tokens);
                return;
            }
            last = token.Length;
            if (Prefixes.Any(p => token.Length > p.Length && token.StartsWith(p, StringComparison.Ordinal))) token = token[1..];
            else if (Suffixes.Any(s => token.Length > s.Length && token.EndsWith(s, StringComparison.Ordinal))) token = token[..^1];
            else Add(token, tokens);
        }
    }

    private static void Add(string token, List<string> tokens)
    {
        if (token.Any(char.IsLetter)) tokens.Add(token);
    }
}

using System.Globalization;

namespace StyleLint.Vale.Hunspell;

/// <summary>
/// How an .aff file writes flags (its FLAG line): one character each (the default), two characters each
/// (<c>long</c>), comma-separated numbers (<c>num</c>) or one Unicode character each (<c>UTF-8</c>). Flags are kept
/// as strings, so every style compares the same way. With AF aliases, a .dic entry's flags are an alias number.
/// </summary>
internal sealed class HunspellFlags
{
    private readonly string style;
    private readonly List<string[]> aliases = [];

    public HunspellFlags(string style) => this.style = style;

    /// <summary>An AF line: the n-th alias (1-based) stands for these flags.</summary>
    public void AddAlias(string flags) => aliases.Add(Parse(flags));

    /// <summary>Flags as written on a .dic entry or after an affix's slash (aliases resolved).</summary>
    public string[] ParseEntry(string text)
    {
        if (aliases.Count > 0 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n >= 1 && n <= aliases.Count ? aliases[n - 1] : [];
        }
        return Parse(text);
    }

    /// <summary>One flag as named on an aff line (PFX/SFX header, NEEDAFFIX, ...).</summary>
    public string One(string text) => Parse(text) is [var first, ..] ? first : text;

    public string[] Parse(string text)
    {
        switch (style)
        {
            case "long":
            {
                var flags = new string[(text.Length + 1) / 2];
                for (int i = 0; i < flags.Length; i++) flags[i] = text.Substring(i * 2, Math.Min(2, text.Length - i * 2));
                return flags;
            }
            case "num":
                return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                // Default and UTF-8 alike: one character (a surrogate pair counts as one) per flag.
                return text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        }
    }

    /// <summary>A COMPOUNDRULE pattern's flags and its * ? quantifiers, in order (long and num flags are in parentheses).</summary>
    public IEnumerable<string> CompoundTokens(string rule)
    {
        for (int i = 0; i < rule.Length; i++)
        {
            char c = rule[i];
            if (c is '*' or '?') { yield return c.ToString(); continue; }
            if (c == '(' && style is "long" or "num")
            {
                int close = rule.IndexOf(')', i);
                if (close < 0) yield break;
                yield return rule[(i + 1)..close];
                i = close;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < rule.Length)
            {
                yield return rule.Substring(i, 2);
                i++;
                continue;
            }
            yield return c.ToString();
        }
    }
}

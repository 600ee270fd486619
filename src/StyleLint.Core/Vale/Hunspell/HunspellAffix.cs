using System.Text;
using System.Text.RegularExpressions;

namespace StyleLint.Vale.Hunspell;

/// <summary>One PFX or SFX line: strip these characters, add that text, when the word meets the condition.</summary>
internal sealed class HunspellAffix
{
    private readonly Regex? condition;

    public HunspellAffix(bool prefix, string strip, string add, string condition)
    {
        Prefix = prefix;
        Strip = strip == "0" ? "" : strip;
        Add = add == "0" ? "" : add;
        // "." is any word; otherwise a condition is a run of characters, "." and [...] / [^...] groups, which
        // match the word's start (prefix) or end (suffix) before stripping.
        if (condition is not ("." or ""))
        {
            string regex = ToRegex(condition);
            this.condition = new Regex(prefix ? "^" + regex : regex + "$", RegexOptions.CultureInvariant);
        }
    }

    public bool Prefix { get; }
    public string Strip { get; }
    public string Add { get; }

    /// <summary>The word with this affix, or null when the rule does not apply to it.</summary>
    public string? Apply(string word)
    {
        if (condition != null && !condition.IsMatch(word)) return null;
        if (Prefix)
        {
            if (!word.StartsWith(Strip, StringComparison.Ordinal)) return null;
            return Add + word[Strip.Length..];
        }
        if (!word.EndsWith(Strip, StringComparison.Ordinal)) return null;
        return word[..^Strip.Length] + Add;
    }

    private static string ToRegex(string condition)
    {
        var regex = new StringBuilder();
        bool inGroup = false;
        foreach (char c in condition)
        {
            if (inGroup)
            {
                if (c == ']') inGroup = false;
                regex.Append(c is '\\' or '[' or '-' ? "\\" + c : c.ToString());
                continue;
            }
            switch (c)
            {
                case '[':
                    inGroup = true;
                    regex.Append(c);
                    break;
                case '.':
                    regex.Append('.');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return regex.ToString();
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace StyleLint.Vale.Hunspell;

/// <summary>
/// A Hunspell dictionary as Vale uses one: every .dic stem expanded with its prefixes and suffixes (and their
/// cross products) into a set of words, so checking a word is a look-up. Stems flagged NEEDAFFIX count only with
/// an affix, FORBIDDENWORD entries are removed, KEEPCASE words match only as written, ONLYINCOMPOUND stems only
/// inside COMPOUNDRULE patterns (en_US spells ordinals such as 21st that way).
/// </summary>
public sealed class HunspellDictionary
{
    private static readonly Regex Number = new(@"^([0-9]+[.,-]?)+$", RegexOptions.CultureInvariant);
    private static readonly Regex NumberUnits = new(@"^[0-9]+([a-zA-Z]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Hex = new(@"^0?x[0-9A-Fa-f]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Binary = new(@"^0b[01]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Hash = new(@"^[0-9a-z]{40}$", RegexOptions.CultureInvariant);

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> keepCase = new(StringComparer.Ordinal);
    private readonly List<Regex> compounds = [];
    private readonly List<(string From, string To)> iconv;

    private HunspellDictionary(List<(string From, string To)> iconv) => this.iconv = iconv;

    public int Count => words.Count;

    /// <summary>Reads a dictionary; <paramref name="name"/> names it in errors (a bad file is a <see cref="HunspellFormatException"/>).</summary>
    public static HunspellDictionary Read(byte[] aff, byte[] dic, string name)
    {
        HunspellAffixFile affixes = HunspellAffixFile.Read(aff, name + ".aff");
        var dictionary = new HunspellDictionary(affixes.Iconv);
        dictionary.Expand(affixes, affixes.Encoding.GetString(dic));
        return dictionary;
    }

    public static HunspellDictionary ReadFiles(string affPath, string dicPath) =>
        Read(File.ReadAllBytes(affPath), File.ReadAllBytes(dicPath), Path.ChangeExtension(dicPath, null));

    private void Expand(HunspellAffixFile aff, string dic)
    {
        var compoundWords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string rule in aff.CompoundRules)
        {
            foreach (string token in aff.Flags.CompoundTokens(rule)) compoundWords.TryAdd(token, []);
        }
        var forbidden = new HashSet<string>(StringComparer.Ordinal);
        string[] lines = dic.Split('\n');
        // The first line is the entry count.
        for (int i = 1; i < lines.Length; i++)
        {
            (string word, string[] flags) = Entry(lines[i], aff.Flags);
            if (word.Length == 0) continue;
            foreach (string flag in flags)
            {
                if (compoundWords.TryGetValue(flag, out List<string>? group)) group.Add(word);
            }
            if (aff.OnlyInCompound != null && flags.Contains(aff.OnlyInCompound)) continue;
            var forms = new List<string>();
            if (aff.NeedAffix == null || !flags.Contains(aff.NeedAffix)) forms.Add(word);
            AddAffixed(aff, word, flags, forms);
            HashSet<string> target = aff.Forbidden != null && flags.Contains(aff.Forbidden) ? forbidden : words;
            target.UnionWith(forms);
            if (aff.KeepCase != null && flags.Contains(aff.KeepCase)) keepCase.UnionWith(forms);
        }
        words.ExceptWith(forbidden);
        foreach (string rule in aff.CompoundRules)
        {
            var pattern = new StringBuilder("^");
            foreach (string token in aff.Flags.CompoundTokens(rule))
            {
                if (token is "*" or "?") pattern.Append(token);
                else pattern.Append("(?:").Append(string.Join("|", compoundWords[token].Select(Regex.Escape))).Append(')');
            }
            compounds.Add(new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant));
        }
    }

    /// <summary>A .dic line: the word (a slash written \/ is part of it) and its flags; morphological fields after a tab are dropped.</summary>
    private static (string Word, string[] Flags) Entry(string line, HunspellFlags flags)
    {
        line = line.Split('\t')[0].TrimEnd('\r', ' ');
        int slash = -1;
        for (int i = 1; i < line.Length; i++)
        {
            if (line[i] == '/' && line[i - 1] != '\\') { slash = i; break; }
        }
        string word = (slash < 0 ? line : line[..slash]).Replace("\\/", "/", StringComparison.Ordinal).Trim();
        string[] entryFlags = slash < 0 ? [] : flags.ParseEntry(line[(slash + 1)..].Split(' ')[0]);
        return (word, entryFlags);
    }

    private static void AddAffixed(HunspellAffixFile aff, string word, string[] flags, List<string> forms)
    {
        var crossSuffixes = new List<HunspellAffix>();
        var crossPrefixes = new List<HunspellAffix>();
        foreach (string flag in flags)
        {
            if (!aff.Affixes.TryGetValue(flag, out List<HunspellAffix>? rules)) continue;
            bool cross = aff.CrossProduct.Contains(flag);
            foreach (HunspellAffix rule in rules)
            {
                if (rule.Apply(word) is { } form) forms.Add(form);
                if (cross) (rule.Prefix ? crossPrefixes : crossSuffixes).Add(rule);
            }
        }
        // A prefix and a suffix combine only when both allow the cross product.
        foreach (HunspellAffix prefix in crossPrefixes)
        {
            foreach (HunspellAffix suffix in crossSuffixes)
            {
                if (suffix.Apply(word) is { } suffixed && prefix.Apply(suffixed) is { } both) forms.Add(both);
            }
        }
    }

    /// <summary>ICONV: characters the dictionary reads as others (en_US reads ’ as ').</summary>
    public string Convert(string text)
    {
        foreach ((string from, string to) in iconv) text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }

    /// <summary>
    /// Vale's test: the word as written or in lower case, a number (also hex, binary, with a unit the dictionary
    /// knows: 100GB), a 40-character hash, or a COMPOUNDRULE match.
    /// </summary>
    public bool Spell(string word)
    {
        if (words.Contains(word)) return true;
        string lower = word.ToLowerInvariant();
        if (words.Contains(lower) && !keepCase.Contains(lower)) return true;
        if (Number.IsMatch(word) || Hex.IsMatch(word) || Binary.IsMatch(word) || Hash.IsMatch(word)) return true;
        if (compounds.Any(c => c.IsMatch(word))) return true;
        return NumberUnits.Match(word) is { Success: true } m && words.Contains(m.Groups[1].Value);
    }
}

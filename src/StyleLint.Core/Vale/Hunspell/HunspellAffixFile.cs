using System.Globalization;
using System.Text;

namespace StyleLint.Vale.Hunspell;

/// <summary>
/// What StyleLint reads from a Hunspell .aff file: SET, FLAG, AF, PFX/SFX (strip, add, condition, cross product),
/// NEEDAFFIX, FORBIDDENWORD, KEEPCASE, ONLYINCOMPOUND, COMPOUNDRULE and ICONV. The rest (suggestion tables,
/// COMPOUNDFLAG compounding, morphology) is ignored, as Vale ignores it: a spelling rule only asks "is this a word".
/// </summary>
internal sealed class HunspellAffixFile
{
    public Encoding Encoding { get; private set; } = Encoding.UTF8;
    public HunspellFlags Flags { get; private set; } = new("");
    public Dictionary<string, List<HunspellAffix>> Affixes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> CrossProduct { get; } = new(StringComparer.Ordinal);
    public string? NeedAffix { get; private set; }
    public string? Forbidden { get; private set; }
    public string? KeepCase { get; private set; }
    public string? OnlyInCompound { get; private set; }
    public List<string> CompoundRules { get; } = [];
    public List<(string From, string To)> Iconv { get; } = [];

    public static HunspellAffixFile Read(byte[] bytes, string name)
    {
        var aff = new HunspellAffixFile { Encoding = EncodingOf(bytes, name) };
        string[] lines = aff.Encoding.GetString(bytes).Split('\n');
        // Lines left in the current PFX/SFX block: its header says how many follow.
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            string[] parts = lines[i].Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('#')) continue;
            string where = $"{name}:{i + 1}";
            switch (parts[0])
            {
                case "FLAG" when parts.Length > 1:
                    aff.Flags = new HunspellFlags(parts[1] is "UTF-8" or "long" or "num" ? parts[1] : "");
                    break;
                case "AF" when parts.Length > 1:
                    // The first AF line gives the count; the others one alias each.
                    if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _) || remaining.ContainsKey("AF")) aff.Flags.AddAlias(parts[1]);
                    else remaining["AF"] = 0;
                    break;
                case "NEEDAFFIX" when parts.Length > 1: aff.NeedAffix = aff.Flags.One(parts[1]); break;
                case "FORBIDDENWORD" when parts.Length > 1: aff.Forbidden = aff.Flags.One(parts[1]); break;
                case "KEEPCASE" when parts.Length > 1: aff.KeepCase = aff.Flags.One(parts[1]); break;
                case "ONLYINCOMPOUND" when parts.Length > 1: aff.OnlyInCompound = aff.Flags.One(parts[1]); break;
                case "COMPOUNDRULE" when parts.Length > 1:
                    if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)) aff.CompoundRules.Add(parts[1]);
                    break;
                case "ICONV" when parts.Length > 2:
                    aff.Iconv.Add((parts[1], parts[2]));
                    break;
                case "PFX" or "SFX":
                    aff.ReadAffixLine(parts, remaining, where);
                    break;
            }
        }
        return aff;
    }

    private void ReadAffixLine(string[] parts, Dictionary<string, int> remaining, string where)
    {
        if (parts.Length < 4) throw new HunspellFormatException($"{where}: {parts[0]} needs a flag and at least two fields");
        string flag = Flags.One(parts[1]);
        string key = parts[0] + " " + flag;
        if (!remaining.TryGetValue(key, out int left) || left == 0)
        {
            // A header: PFX flag Y|N count.
            if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                throw new HunspellFormatException($"{where}: {parts[0]} {parts[1]}: expected a header 'cross-product count', found '{string.Join(' ', parts[2..])}'");
            }
            remaining[key] = count;
            if (parts[2] == "Y") CrossProduct.Add(flag);
            if (!Affixes.ContainsKey(flag)) Affixes[flag] = [];
            return;
        }
        remaining[key] = left - 1;
        if (parts.Length < 5) throw new HunspellFormatException($"{where}: {parts[0]} {parts[1]}: a rule needs strip, affix and condition");
        // An affix may carry continuation flags after a slash (twofold affixes); StyleLint does not follow them.
        string add = parts[3].Split('/')[0];
        try
        {
            Affixes[flag].Add(new HunspellAffix(parts[0] == "PFX", parts[2], add, parts[4]));
        }
        catch (ArgumentException)
        {
            throw new HunspellFormatException($"{where}: condition '{parts[4]}' cannot be read");
        }
    }

    /// <summary>The SET line's encoding (read before anything else, as every line depends on it).</summary>
    private static Encoding EncodingOf(byte[] bytes, string name)
    {
        foreach (string line in Encoding.Latin1.GetString(bytes).Split('\n'))
        {
            string[] parts = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (parts is not ["SET", var set, ..]) continue;
            switch (set.ToUpperInvariant())
            {
                case "UTF-8": return Encoding.UTF8;
                case "ISO8859-1" or "ISO-8859-1": return Encoding.Latin1;
            }
            try
            {
                return CodePagesEncodingProvider.Instance.GetEncoding(set) ?? Encoding.GetEncoding(set);
            }
            catch (ArgumentException)
            {
                throw new HunspellFormatException($"{name}: SET {set}: unknown encoding");
            }
        }
        return Encoding.UTF8;
    }
}

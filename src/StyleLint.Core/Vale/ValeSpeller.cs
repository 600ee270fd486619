using System.IO.Compression;
using System.Text.RegularExpressions;
using StyleLint.Vale.Hunspell;

namespace StyleLint.Vale;

/// <summary>
/// The dictionaries of one Vale `spelling` rule, found as Vale finds them: `aff` and `dic` (paths under the
/// StylesPath, its config/dictionaries folder, or the current folder); else `dictionaries` by name in `dicpath`
/// (absolute, under the StylesPath, or under the current folder) or $DICPATH; else, or with `append: true`, the
/// default dictionary: SCOWL's en_US where Vale has its en_US-web (embedded, see tools/hunspell/SOURCES.md). Vale's
/// built-in Vale.Spelling also loads every StylesPath/config/dictionaries/*.dic and accepts the words of
/// StylesPath/config/ignore/**/*.txt; other rules accept the word lists named in `ignore`. A word is spelt right
/// when any of the dictionaries knows it.
/// </summary>
public sealed class ValeSpeller
{
    /// <summary>Vale's filters for rules without `custom: true`: camel case, all capitals, anything but letters, _ and '.</summary>
    public static readonly IReadOnlyList<Regex> DefaultFilters =
    [
        // ECMAScript: \w is ASCII, as in Go's regexp.
        new(@"[A-Z]{1}[a-z]+[A-Z]+\w+", RegexOptions.CultureInvariant | RegexOptions.ECMAScript),
        new(@"[A-Z]+$", RegexOptions.CultureInvariant | RegexOptions.ECMAScript),
        new(@"[^a-zA-Z_']", RegexOptions.CultureInvariant | RegexOptions.ECMAScript),
    ];

    private static readonly Lazy<HunspellDictionary> Default = new(() => HunspellDictionary.Read(Resource("en_US.aff.gz"), Resource("en_US.dic.gz"), "en_US"));

    private readonly List<HunspellDictionary> dictionaries;

    // Words from the rule's word lists, kept apart so the default dictionary can be shared by every rule.
    private readonly HashSet<string> listed = new(StringComparer.Ordinal);

    private ValeSpeller(List<HunspellDictionary> dictionaries) => this.dictionaries = dictionaries;

    /// <summary>The rule's speller, or null with the reason when a dictionary or word list cannot be found or read.</summary>
    public static ValeSpeller? Load(ValeRule rule, string stylesPath, out string? problem)
    {
        problem = null;
        try
        {
            return Build(rule, stylesPath);
        }
        catch (Exception e) when (e is HunspellFormatException or IOException or UnauthorizedAccessException or FileNotFoundException)
        {
            problem = "a dictionary that cannot be loaded (" + e.Message + ")";
            return null;
        }
    }

    private static ValeSpeller Build(ValeRule rule, string stylesPath)
    {
        string cwd = Directory.GetCurrentDirectory();
        bool builtIn = rule.Id == "Vale.Spelling";
        string dictDir = Path.Combine(stylesPath, "config", "dictionaries");
        var loaded = new List<HunspellDictionary>();

        string aff = FindAsset(rule.Field("aff"), stylesPath, dictDir);
        string dic = FindAsset(rule.Field("dic"), stylesPath, dictDir);
        if (aff.Length > 0 && dic.Length > 0)
        {
            // Vale: aff and dic found, nothing else is loaded (no word lists either).
            return new ValeSpeller([HunspellDictionary.ReadFiles(aff, dic)]);
        }

        string? dicpath = null;
        if (rule.Field("dicpath") is { Length: > 0 } wanted)
        {
            dicpath = new[] { wanted, Path.Combine(stylesPath, wanted), Path.Combine(cwd, wanted) }.FirstOrDefault(Directory.Exists)
                ?? throw new FileNotFoundException($"dicpath '{wanted}' is not a folder, nor under the StylesPath or the current folder");
        }
        string? system = Environment.GetEnvironmentVariable("DICPATH");
        string?[] roots = builtIn ? [dictDir, dicpath ?? system, system] : [dicpath ?? system, system];
        foreach (string name in rule.List("dictionaries")) loaded.Add(Named(name, roots));

        if (loaded.Count == 0 || rule.Flag("append")) loaded.Add(Default.Value);

        if (builtIn && Directory.Exists(dictDir))
        {
            foreach (string f in Directory.EnumerateFiles(dictDir, "*.dic").Order(StringComparer.Ordinal))
            {
                loaded.Add(Named(Path.GetFileNameWithoutExtension(f), [dictDir]));
            }
        }

        var speller = new ValeSpeller(loaded);
        foreach (string list in WordLists(rule, builtIn, stylesPath, cwd)) speller.AddWords(File.ReadAllLines(list));
        return speller;
    }

    private static string FindAsset(string path, string stylesPath, string dictDir)
    {
        if (path.Length == 0) return "";
        return new[] { Path.Combine(stylesPath, path), Path.Combine(dictDir, path), path }.FirstOrDefault(File.Exists) ?? "";
    }

    private static HunspellDictionary Named(string name, string?[] roots)
    {
        foreach (string? root in roots)
        {
            if (string.IsNullOrEmpty(root)) continue;
            string dic = Path.Combine(root, name + ".dic"), aff = Path.Combine(root, name + ".aff");
            if (File.Exists(dic) && File.Exists(aff)) return HunspellDictionary.ReadFiles(aff, dic);
        }
        throw new FileNotFoundException($"dictionary '{name}' (.dic and .aff) not found in {string.Join(", ", roots.Where(r => !string.IsNullOrEmpty(r)).Distinct())}");
    }

    private static IEnumerable<string> WordLists(ValeRule rule, bool builtIn, string stylesPath, string cwd)
    {
        if (builtIn)
        {
            string ignoreDir = Path.Combine(stylesPath, "config", "ignore");
            if (!Directory.Exists(ignoreDir)) yield break;
            foreach (string f in Directory.EnumerateFiles(ignoreDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) yield return f;
            yield break;
        }
        foreach (string ignore in rule.List("ignore"))
        {
            // Absolute or relative to the current folder, under the StylesPath, or under its config/ignore.
            string[] candidates = [Path.GetFullPath(ignore, cwd), Path.Combine(stylesPath, ignore), Path.Combine(stylesPath, "config", "ignore", ignore)];
            foreach (string c in candidates.Where(File.Exists)) yield return c;
        }
    }

    private static byte[] Resource(string name)
    {
        using Stream stream = typeof(ValeSpeller).Assembly.GetManifestResourceStream("StyleLint.Data." + name)
            ?? throw new InvalidOperationException($"embedded resource StyleLint.Data.{name} is missing from the build");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Text as the dictionaries read it (their ICONV conversions).</summary>
    public string Convert(string text)
    {
        foreach (HunspellDictionary d in dictionaries) text = d.Convert(text);
        return text;
    }

    /// <summary>A word list (one a line, blank lines and "#" skipped), accepted as Vale accepts dictionary words: as written or in lower case.</summary>
    private void AddWords(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            string word = line.Trim();
            if (word.Length > 0 && word != "#") listed.Add(word);
        }
    }

    public bool Spell(string word) =>
        listed.Contains(word) || listed.Contains(word.ToLowerInvariant()) || dictionaries.Any(d => d.Spell(word));

    public static IEnumerable<string> Tokenize(string text) => ValeWordTokenizer.Tokenize(text);
}

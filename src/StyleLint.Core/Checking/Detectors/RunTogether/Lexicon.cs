using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>What the word lists say about a word form (see tools/lexicon/build_lexicon.py).</summary>
[Flags]
public enum LexiconFlags : ushort
{
    None = 0,
    /// <summary>Attested in lower case.</summary>
    Lower = 1,
    /// <summary>Attested Capitalised (Paris, Blair).</summary>
    Capitalised = 2,
    /// <summary>Attested in capitals (NATO, UK).</summary>
    Upper = 4,
    /// <summary>Attested in mixed case (iPhone, McDonald).</summary>
    Mixed = 8,
    /// <summary>Only in the huge list: a rare or technical form.</summary>
    Rare = 16,
    /// <summary>A first name.</summary>
    FirstName = 32,
    /// <summary>SUBTLEX writes it with a capital: a name in speech (York, Trump).</summary>
    SpokenName = 64,
}

/// <summary>One lexicon entry: frequency, case facts, and how the word takes part in compounds and names.</summary>
public readonly record struct LexiconEntry(int Count, LexiconFlags Flags, int Modifier, int Head, int NameTail)
{
    public bool Has(LexiconFlags flag) => (Flags & flag) != 0;

    /// <summary>Only ever written with a capital: a proper noun (Huckabee, London).</summary>
    public bool IsProperOnly => Has(LexiconFlags.Capitalised) && !Has(LexiconFlags.Lower);
}

/// <summary>
/// English word forms with SUBTLEX-US counts, loaded once per process from the embedded lexicon.tsv.gz and
/// looked up from spans without allocating (any case: the lookup lowercases into a stack buffer).
/// </summary>
public sealed class Lexicon
{
    public const string ResourceName = "StyleLint.Data.lexicon.tsv.gz";

    /// <summary>Words in the SUBTLEX-US corpus the counts come from.</summary>
    public const double CorpusSize = 51_000_000;

    private static readonly Lazy<Lexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LexiconEntry> entries;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private Lexicon(Dictionary<string, LexiconEntry> entries)
    {
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon Instance => Shared.Value;

    public int Count => entries.Count;

    /// <summary>Looks a form up in any case; apostrophes may be straight or curly.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out LexiconEntry entry)
    {
        entry = default;
        if (word.Length == 0 || word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            lower[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        return lookup.TryGetValue(lower, out entry);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);

    /// <summary>A word, or its possessive (Trump’s, voters'), is in the lexicon.</summary>
    public bool IsKnown(ReadOnlySpan<char> word)
    {
        if (TryGet(word, out _)) return true;
        int n = word.Length;
        if (n > 2 && (word[n - 1] is 's' or 'S') && IsApostrophe(word[n - 2])) return TryGet(word[..(n - 2)], out _);
        if (n > 1 && IsApostrophe(word[n - 1])) return TryGet(word[..(n - 1)], out _);
        return false;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static Lexicon Load()
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(Lexicon).Assembly.GetName().Name}");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var entries = new Dictionary<string, LexiconEntry>(420_000, StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            ReadOnlySpan<char> rest = line;
            string form = Field(ref rest).ToString();
            int count = Number(Field(ref rest));
            LexiconFlags flags = ParseFlags(Field(ref rest));
            int modifier = Number(Field(ref rest));
            int head = Number(Field(ref rest));
            int nameTail = Number(Field(ref rest));
            entries[form] = new LexiconEntry(count, flags, modifier, head, nameTail);
        }
        return new Lexicon(entries);
    }

    private static ReadOnlySpan<char> Field(ref ReadOnlySpan<char> rest)
    {
        int tab = rest.IndexOf('\t');
        ReadOnlySpan<char> field = tab < 0 ? rest : rest[..tab];
        rest = tab < 0 ? [] : rest[(tab + 1)..];
        return field;
    }

    private static int Number(ReadOnlySpan<char> s) => s.Length == 0 ? 0 : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static LexiconFlags ParseFlags(ReadOnlySpan<char> s)
    {
        LexiconFlags flags = LexiconFlags.None;
        foreach (char c in s)
        {
            flags |= c switch
            {
                'l' => LexiconFlags.Lower,
                'c' => LexiconFlags.Capitalised,
                'u' => LexiconFlags.Upper,
                'm' => LexiconFlags.Mixed,
                'r' => LexiconFlags.Rare,
                'f' => LexiconFlags.FirstName,
                's' => LexiconFlags.SpokenName,
                _ => LexiconFlags.None,
            };
        }
        return flags;
    }
}

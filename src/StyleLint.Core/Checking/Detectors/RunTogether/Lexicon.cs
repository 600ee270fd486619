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

    // The lexicon is kept as its own text plus an open-addressing index of where each form starts: loading it
    // allocates a handful of arrays instead of 400,000 strings, which is most of a one-article run's start-up.
    private readonly string text;
    private readonly int[] formStart;
    private readonly int[] formLength;
    private readonly LexiconEntry[] values;
    private readonly int[] slots;   // entry index + 1, 0 = empty; length a power of two
    private readonly int mask;

    private Lexicon(string text, List<(int Start, int Length, LexiconEntry Entry)> forms)
    {
        this.text = text;
        formStart = new int[forms.Count];
        formLength = new int[forms.Count];
        values = new LexiconEntry[forms.Count];
        int size = 1;
        while (size < forms.Count * 2) size <<= 1;
        slots = new int[size];
        mask = size - 1;
        for (int i = 0; i < forms.Count; i++)
        {
            (formStart[i], formLength[i], values[i]) = forms[i];
            ReadOnlySpan<char> form = text.AsSpan(formStart[i], formLength[i]);
            int slot = Find(form);
            if (slots[slot] == 0) slots[slot] = i + 1;
            else values[slots[slot] - 1] = values[i];   // a repeated form: the later line wins, as before
        }
    }

    /// <summary>The slot holding this form, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> form)
    {
        int slot = Hash(form) & mask;
        while (true)
        {
            int entry = slots[slot];
            if (entry == 0 || text.AsSpan(formStart[entry - 1], formLength[entry - 1]).SequenceEqual(form)) return slot;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// FNV-1a over the characters: the lexicon is fixed data, so the randomised string hash buys nothing here,
    /// and this one costs a multiply per letter on the path every word of every document takes.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> form)
    {
        uint h = 2166136261;
        foreach (char c in form) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }

    public static Lexicon Instance => Shared.Value;

    public int Count => values.Length;

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
        int entryIndex = slots[Find(lower)];
        if (entryIndex == 0) return false;
        entry = values[entryIndex - 1];
        return true;
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
        string text = reader.ReadToEnd();

        var forms = new List<(int, int, LexiconEntry)>(420_000);
        int position = 0;
        while (position < text.Length)
        {
            int end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            ReadOnlySpan<char> rest = text.AsSpan(position, end - position);
            int lineStart = position;
            position = end + 1;
            if (rest.Length == 0 || rest[0] == '#') continue;

            ReadOnlySpan<char> form = Field(ref rest);
            int count = Number(Field(ref rest));
            LexiconFlags flags = ParseFlags(Field(ref rest));
            int modifier = Number(Field(ref rest));
            int head = Number(Field(ref rest));
            int nameTail = Number(Field(ref rest));
            forms.Add((lineStart, form.Length, new LexiconEntry(count, flags, modifier, head, nameTail)));
        }
        return new Lexicon(text, forms);
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

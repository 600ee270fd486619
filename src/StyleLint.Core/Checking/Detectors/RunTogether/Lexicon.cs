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

    // The lexicon is kept as its forms joined in one text plus an open-addressing index of where each form starts:
    // loading it allocates a handful of arrays instead of 400,000 strings, which is most of a one-article run's start-up.
    private readonly char[] text;
    private readonly int[] formStart;
    private readonly int[] formLength;
    private readonly LexiconEntry[] values;
    private readonly int count;
    private readonly int[] slots;   // entry index + 1, 0 = empty; length a power of two
    private readonly int mask;

    /// <summary>The first <paramref name="count"/> entries of the arrays are the forms, in file order.</summary>
    private Lexicon(char[] text, int[] formStart, int[] formLength, LexiconEntry[] values, int count)
    {
        this.text = text;
        this.formStart = formStart;
        this.formLength = formLength;
        this.values = values;
        this.count = count;
        int size = 1;
        while (size < count * 2) size <<= 1;
        slots = new int[size];
        mask = size - 1;
        for (int i = 0; i < count; i++)
        {
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

    public int Count => count;

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

    // Loading reads the decompressed file as UTF-8 bytes and keeps only the forms as text (the counts and flags are
    // parsed out); the file is never turned into one big string and no list grows and is copied. That takes the
    // load's peak memory from about 75 MB to about 35 MB, which is most of a one-article run's peak.
    private static Lexicon Load()
    {
        byte[] file = ReadResource();
        ReadOnlySpan<byte> all = file;

        // First pass: how many entries and how many bytes of forms, so every array is allocated once.
        int entries = 0, formBytes = 0;
        int position = 0;
        while (NextLine(all, ref position, out ReadOnlySpan<byte> rest))
        {
            if (rest.Length == 0 || rest[0] == (byte)'#') continue;
            entries++;
            formBytes += Field(ref rest).Length;
        }

        var text = new char[formBytes];
        var formStart = new int[entries];
        var formLength = new int[entries];
        var values = new LexiconEntry[entries];
        int count = 0, used = 0;
        position = 0;
        while (NextLine(all, ref position, out ReadOnlySpan<byte> rest))
        {
            if (rest.Length == 0 || rest[0] == (byte)'#') continue;
            ReadOnlySpan<byte> form = Field(ref rest);
            int uses = Number(Field(ref rest));
            LexiconFlags flags = ParseFlags(Field(ref rest));
            int modifier = Number(Field(ref rest));
            int head = Number(Field(ref rest));
            int nameTail = Number(Field(ref rest));
            // Nearly every form is ASCII, which widens without a decoder call.
            int chars = System.Text.Ascii.ToUtf16(form, text.AsSpan(used), out int widened) == System.Buffers.OperationStatus.Done
                ? widened : Encoding.UTF8.GetChars(form, text.AsSpan(used));
            formStart[count] = used;
            formLength[count] = chars;
            values[count] = new LexiconEntry(uses, flags, modifier, head, nameTail);
            used += chars;
            count++;
        }
        return new Lexicon(text, formStart, formLength, values, count);
    }

    /// <summary>The embedded file decompressed into one array of its exact size (gzip's trailer gives the size).</summary>
    private static byte[] ReadResource()
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(Lexicon).Assembly.GetName().Name}");
        Span<byte> trailer = stackalloc byte[4];
        stream.Seek(-4, SeekOrigin.End);
        stream.ReadExactly(trailer);
        stream.Seek(0, SeekOrigin.Begin);
        var file = new byte[System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(trailer)];
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        gzip.ReadExactly(file);
        if (gzip.ReadByte() != -1) throw new InvalidOperationException($"embedded resource {ResourceName} is longer than its gzip trailer says");
        return file;
    }

    /// <summary>The line starting at <paramref name="position"/> (without its line end); false after the last.</summary>
    private static bool NextLine(ReadOnlySpan<byte> all, ref int position, out ReadOnlySpan<byte> line)
    {
        if (position >= all.Length)
        {
            line = default;
            return false;
        }
        int length = all[position..].IndexOf((byte)'\n');
        if (length < 0) length = all.Length - position;
        line = all.Slice(position, length);
        position += length + 1;
        return true;
    }

    private static ReadOnlySpan<byte> Field(ref ReadOnlySpan<byte> rest)
    {
        int tab = rest.IndexOf((byte)'\t');
        ReadOnlySpan<byte> field = tab < 0 ? rest : rest[..tab];
        rest = tab < 0 ? [] : rest[(tab + 1)..];
        return field;
    }

    private static int Number(ReadOnlySpan<byte> s) =>
        s.Length == 0 ? 0 : System.Buffers.Text.Utf8Parser.TryParse(s, out int value, out int consumed) && consumed == s.Length
            ? value : throw new InvalidOperationException($"embedded resource {ResourceName} has a bad number: '{Encoding.UTF8.GetString(s)}'");

    private static LexiconFlags ParseFlags(ReadOnlySpan<byte> s)
    {
        LexiconFlags flags = LexiconFlags.None;
        foreach (byte c in s)
        {
            flags |= c switch
            {
                (byte)'l' => LexiconFlags.Lower,
                (byte)'c' => LexiconFlags.Capitalised,
                (byte)'u' => LexiconFlags.Upper,
                (byte)'m' => LexiconFlags.Mixed,
                (byte)'r' => LexiconFlags.Rare,
                (byte)'f' => LexiconFlags.FirstName,
                (byte)'s' => LexiconFlags.SpokenName,
                _ => LexiconFlags.None,
            };
        }
        return flags;
    }
}

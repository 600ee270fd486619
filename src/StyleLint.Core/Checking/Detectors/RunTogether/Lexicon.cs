using System.Text;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>One lexicon entry: frequency, case facts, and how the word takes part in compounds and names.</summary>
public readonly record struct LexiconEntry(int Count, LexiconFlags Flags, int Modifier, int Head, int NameTail)
{
    public bool Has(LexiconFlags flag) => (Flags & flag) != 0;

    /// <summary>Only ever written with a capital: a proper noun (Huckabee, London).</summary>
    public bool IsProperOnly => Has(LexiconFlags.Capitalised) && !Has(LexiconFlags.Lower);
}

/// <summary>
/// English word forms with SUBTLEX-US counts, opened once per process from the embedded lexicon table (built from
/// Data/lexicon.tsv.gz at build time, see <see cref="LexiconTableFormat"/>) and looked up from spans without
/// allocating (any case: the lookup lowercases and encodes into stack buffers).
/// </summary>
public sealed class Lexicon
{
    /// <summary>Words in the SUBTLEX-US corpus the counts come from.</summary>
    public const double CorpusSize = 51_000_000;

    /// <summary>lexicon.bin, built at build time from Data/lexicon.tsv.gz (<see cref="LexiconTableFormat"/>).</summary>
    public const string ResourceName = "StyleLint.Data.lexicon.bin";

    private static readonly Lazy<Lexicon> Shared = new(
        () => new Lexicon(EmbeddedHashTable<LexiconRecord>.Open(ResourceName, LexiconTableFormat.Magic, "lexicon table")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly EmbeddedHashTable<LexiconRecord> table;

    private Lexicon(EmbeddedHashTable<LexiconRecord> table) => this.table = table;

    public static Lexicon Instance => Shared.Value;

    public int Count => table.RecordCount;

    /// <summary>Looks a form up in any case; apostrophes may be straight or curly.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out LexiconEntry entry)
    {
        entry = default;
        if (word.Length == 0 || word.Length > LexiconTableFormat.MaxFormChars) return false;
        Span<char> lower = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            lower[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        // The table holds UTF-8, as the list does; a lone surrogate encodes as U+FFFD, which no form contains.
        Span<byte> utf8 = stackalloc byte[LexiconTableFormat.MaxFormChars * 3];
        int length = Encoding.UTF8.GetBytes(lower, utf8);
        if (!table.TryFind(utf8[..length], out LexiconRecord record)) return false;
        entry = new LexiconEntry(record.Count, (LexiconFlags)record.Flags, record.Modifier, record.Head, record.NameTail);
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
}

using System.Text;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// names.bin read in place (layout in <see cref="NameTableFormat"/>; an <see cref="EmbeddedHashTable{TRecord}"/> as
/// the lexicon is): opening it parses and copies nothing. Building these sets from the text lists took about 100 ms of
/// CPU, half of a one-article run.
/// </summary>
internal sealed class NameTable
{
    public const string ResourceName = "StyleLint.Data.names.bin";

    // Keys are at most 255 bytes (a record's length is a byte); a longer word is in no set.
    private const int MaxKeyBytes = byte.MaxValue;

    private readonly EmbeddedHashTable<NameRecord> table;

    private NameTable(EmbeddedHashTable<NameRecord> table) => this.table = table;

    /// <summary>Opens the table embedded in StyleLint.Core.</summary>
    public static NameTable Open() => new(EmbeddedHashTable<NameRecord>.Open(ResourceName, NameTableFormat.Magic, "names table"));

    /// <summary>Whether this word (upper-cased first when <paramref name="upper"/>) is a key with any of these flags.</summary>
    public bool Has(ReadOnlySpan<char> word, NameFlags flags, bool upper)
    {
        if (word.Length == 0 || word.Length > MaxKeyBytes) return false;
        scoped ReadOnlySpan<char> key = word;
        if (upper)
        {
            Span<char> upperCased = stackalloc char[word.Length];
            word.ToUpperInvariant(upperCased);
            key = upperCased;
        }
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        int length = Encoding.UTF8.GetBytes(key, utf8);
        return length <= MaxKeyBytes && (Find(utf8[..length]) & flags) != 0;
    }

    private NameFlags Find(ReadOnlySpan<byte> key) => table.TryFind(key, out NameRecord record) ? (NameFlags)record.Flags : NameFlags.None;
}

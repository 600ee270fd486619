using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// names.bin read in place (layout in <see cref="NameTableFormat"/>), as <see cref="LexiconTable"/> reads the
/// lexicon: opening it parses and copies nothing. Building these sets from the text lists took about 100 ms of CPU,
/// half of a one-article run.
/// </summary>
internal sealed unsafe class NameTable
{
    public const string ResourceName = "StyleLint.Data.names.bin";

    // Keys are at most 255 bytes (a record's length is a byte); a longer word is in no set.
    private const int MaxKeyBytes = byte.MaxValue;

    // The resource's memory belongs to StyleLint.Core, which is never unloaded (see LexiconTable).
    private readonly byte* slots;
    private readonly byte* records;
    private readonly byte* blob;
    private readonly int recordCount;
    private readonly int slotCount;
    private readonly int blobLength;

    private NameTable(byte* start, long length)
    {
        var header = new ReadOnlySpan<byte>(start, (int)Math.Min(length, NameTableFormat.HeaderSize));
        if (header.Length < NameTableFormat.HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(header) != NameTableFormat.Magic)
        {
            throw new InvalidOperationException($"embedded resource {ResourceName} is not a names table of this StyleLint");
        }
        recordCount = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        slotCount = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        blobLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        long expected = NameTableFormat.HeaderSize + 4L * slotCount + (long)sizeof(NameRecord) * recordCount + blobLength;
        if (expected != length || (slotCount & (slotCount - 1)) != 0)
        {
            throw new InvalidOperationException($"embedded resource {ResourceName} is {length} bytes; its header says {expected}");
        }
        slots = start + NameTableFormat.HeaderSize;
        records = slots + 4L * slotCount;
        blob = records + (long)sizeof(NameRecord) * recordCount;
    }

    /// <summary>Opens the table embedded in StyleLint.Core.</summary>
    public static NameTable Open()
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the names table is little-endian");
        using Stream stream = typeof(NameTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(NameTable).Assembly.GetName().Name}");
        if (stream is not UnmanagedMemoryStream memory)
        {
            throw new InvalidOperationException($"embedded resource {ResourceName} is not in the assembly's memory");
        }
        return new NameTable(memory.PositionPointer, memory.Length);
    }

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

    private NameFlags Find(ReadOnlySpan<byte> key)
    {
        ReadOnlySpan<int> table = MemoryMarshal.Cast<byte, int>(new ReadOnlySpan<byte>(slots, 4 * slotCount));
        ReadOnlySpan<NameRecord> all = MemoryMarshal.Cast<byte, NameRecord>(new ReadOnlySpan<byte>(records, sizeof(NameRecord) * recordCount));
        ReadOnlySpan<byte> text = new(blob, blobLength);
        int mask = slotCount - 1;
        int slot = LexiconTableFormat.Hash(key) & mask;
        while (true)
        {
            int entry = table[slot];
            if (entry == 0) return NameFlags.None;
            NameRecord candidate = all[entry - 1];
            if (candidate.KeyLength == key.Length && text.Slice(candidate.KeyOffset, candidate.KeyLength).SequenceEqual(key)) return (NameFlags)candidate.Flags;
            slot = (slot + 1) & mask;
        }
    }
}

using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.Checking.Detectors;

/// <summary>
/// A hash table that tools/datatables built at build time, read in place from StyleLint.Core's embedded resources:
/// the resource is part of the mapped assembly image, so opening it parses and copies nothing, and a run touches only
/// the pages its look-ups reach. The layout, which the tool's TableImage writes: a 16-byte little-endian header
/// (magic, record count, slot count, text length), <c>int[slotCount]</c> slots (a hash tag and the record index + 1,
/// see <see cref="LexiconTableFormat.SlotValue"/>; 0 = empty; linear probing from <see cref="LexiconTableFormat.Hash"/>), the fixed-size records, then the keys' UTF-8 text.
/// </summary>
internal sealed unsafe class EmbeddedHashTable<TRecord>
    where TRecord : unmanaged, IHashTableRecord
{
    private const int HeaderSize = 16;

    // The resource's memory belongs to the loaded assembly, which StyleLint.Core never unloads, so the pointers stay
    // valid after the stream that handed them out is disposed.
    private readonly byte* slots;
    private readonly byte* records;
    private readonly byte* text;
    private readonly int slotCount;
    private readonly int textLength;

    private EmbeddedHashTable(byte* start, long length, string resourceName, uint magic, string description)
    {
        var header = new ReadOnlySpan<byte>(start, (int)Math.Min(length, HeaderSize));
        if (header.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(header) != magic)
        {
            throw new InvalidOperationException($"embedded resource {resourceName} is not a {description} of this StyleLint");
        }
        RecordCount = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        slotCount = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        textLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        long expected = HeaderSize + 4L * slotCount + (long)sizeof(TRecord) * RecordCount + textLength;
        if (expected != length || (slotCount & (slotCount - 1)) != 0)
        {
            throw new InvalidOperationException($"embedded resource {resourceName} is {length} bytes; its header says {expected}");
        }
        slots = start + HeaderSize;
        records = slots + 4L * slotCount;
        text = records + (long)sizeof(TRecord) * RecordCount;
    }

    public int RecordCount { get; }

    /// <summary>Opens a table embedded in StyleLint.Core; <paramref name="description"/> names it in errors.</summary>
    public static EmbeddedHashTable<TRecord> Open(string resourceName, uint magic, string description)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException($"the {description} is little-endian");
        using Stream stream = typeof(EmbeddedHashTable<TRecord>).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} is missing from {typeof(EmbeddedHashTable<TRecord>).Assembly.GetName().Name}");
        if (stream is not UnmanagedMemoryStream memory)
        {
            throw new InvalidOperationException($"embedded resource {resourceName} is not in the assembly's memory");
        }
        return new EmbeddedHashTable<TRecord>(memory.PositionPointer, memory.Length, resourceName, magic, description);
    }

    /// <summary>The record whose key is exactly these UTF-8 bytes, if the table has one.</summary>
    public bool TryFind(ReadOnlySpan<byte> key, out TRecord record)
    {
        int index = IndexOf(key);
        record = index >= 0 ? Record(index) : default;
        return index >= 0;
    }

    /// <summary>
    /// The index of the record whose key is exactly these UTF-8 bytes, or -1. An index names a key for as long as the
    /// process runs, so callers can compare words by it instead of by their text.
    /// </summary>
    public int IndexOf(ReadOnlySpan<byte> key)
    {
        // The steps a batch takes for many keys (below), taken one after another for one key.
        int hash = LexiconTableFormat.Hash(key);
        int slot = HomeSlot(hash);
        while (true)
        {
            int index = Candidate(ref slot, hash);
            if (index < 0) return -1;
            int start = KeyStartIfLength(index, key.Length);
            if (start >= 0 && KeyEquals(start, key)) return index;
            slot = NextSlot(slot);
        }
    }

    // ---- a look-up in steps -----------------------------------------------------------------------------------
    // A look-up of a key the caches do not hold is three dependent reads (slot, record, key text), each a cache miss
    // in a table this size. Done one key at a time they follow one another (IndexOf); a caller with many keys takes
    // each step for all of them before the next (FirstSlot, Candidate, KeyStartIfLength, KeyEquals), and every step
    // asks the processor for the memory the next one will read, so the misses of different keys overlap.

    /// <summary>The slot a key with this hash is first looked for in; its memory is asked for now.</summary>
    public int FirstSlot(int hash)
    {
        int slot = HomeSlot(hash);
        Prefetch(slots + 4L * slot);
        return slot;
    }

    /// <summary>Where linear probing for a key with this hash starts.</summary>
    private int HomeSlot(int hash) => hash & (slotCount - 1);

    /// <summary>
    /// From <paramref name="slot"/> on, the first record whose slot carries the key's tag (its memory asked for now),
    /// or -1 when an empty slot comes first: the key is not in the table. <paramref name="slot"/> is left at that
    /// slot, so a caller whose key turns out to differ goes on from the next one.
    /// </summary>
    public int Candidate(ref int slot, int hash)
    {
        ReadOnlySpan<int> table = new(slots, slotCount);
        uint tag = LexiconTableFormat.Tag(hash);
        while (true)
        {
            int entry = table[slot];
            if (entry == 0) return -1;
            if (LexiconTableFormat.Tag(entry) == tag)
            {
                int index = LexiconTableFormat.RecordIndex(entry);
                Prefetch(records + (long)sizeof(TRecord) * index);
                return index;
            }
            slot = NextSlot(slot);
        }
    }

    /// <summary>
    /// Where record <paramref name="index"/>'s key starts in the text, its memory asked for now; -1 when that key is
    /// not <paramref name="keyLength"/> bytes long, so it cannot be the key looked for.
    /// </summary>
    public int KeyStartIfLength(int index, int keyLength)
    {
        TRecord record = Record(index);
        if (record.KeyLength != keyLength) return -1;
        Prefetch(text + record.KeyOffset);
        return record.KeyOffset;
    }

    /// <summary>The key at <paramref name="start"/> in the text (from <see cref="KeyStartIfLength"/>) is <paramref name="key"/>.</summary>
    public bool KeyEquals(int start, ReadOnlySpan<byte> key) =>
        start >= 0 && (long)start + key.Length <= textLength && new ReadOnlySpan<byte>(text + start, key.Length).SequenceEqual(key);

    /// <summary>The slot after <paramref name="slot"/>, where a probe goes on when a candidate's key differs.</summary>
    public int NextSlot(int slot) => (slot + 1) & (slotCount - 1);

    /// <summary>Asks for the cache line at <paramref name="address"/> without waiting for it (a hint: no effect where the processor has no such instruction).</summary>
    internal static void Prefetch(void* address)
    {
        if (Sse.IsSupported) Sse.Prefetch0(address);
    }

    /// <summary>The record at an index <see cref="IndexOf"/> returned.</summary>
    public TRecord Record(int index)
    {
        if ((uint)index >= (uint)RecordCount) throw new ArgumentOutOfRangeException(nameof(index));
        return ((TRecord*)records)[index];
    }
}

using System.Runtime.InteropServices;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// The layout of lexicon.bin, the run-together lexicon as a ready-made hash table. tools/lexicon/table writes it at
/// build time from Data/lexicon.tsv.gz and StyleLint.Core embeds it; <see cref="EmbeddedHashTable{TRecord}"/> reads it in place.
/// This file is compiled into both, so the writer and the reader cannot disagree on the layout or the hash.
/// </summary>
/// <remarks>
/// Little-endian, every section a multiple of 4 bytes long:
/// <code>
/// header   uint magic, int recordCount, int slotCount (a power of two), int blobLength
/// slots    int[slotCount]          (hash tag << 20) | (record index + 1), 0 = empty; open addressing, linear probing
/// records  LexiconRecord[recordCount]
/// blob     the forms, UTF-8, one after another (no separators)
/// </code>
/// </remarks>
internal static class LexiconTableFormat
{
    /// <summary>"SLX2": a changed layout gets a new magic, so a stale file fails loudly.</summary>
    public const uint Magic = 0x32584C53;

    public const int HeaderSize = 16;

    /// <summary>The longest form a lookup encodes: longer words are never in the lexicon (its longest is 58 letters).</summary>
    public const int MaxFormChars = 64;

    /// <summary>
    /// FNV-1a over the UTF-8 bytes of the lower-cased form: the lexicon is fixed data, so a randomised hash buys
    /// nothing, and this costs a multiply per byte on the path every word of every document takes.
    /// </summary>
    public static int Hash(ReadOnlySpan<byte> form)
    {
        uint h = 2166136261;
        foreach (byte b in form) h = (h ^ b) * 16777619;
        return (int)(h ^ (h >> 15));
    }

    /// <summary>Bits of a slot that hold the record index + 1; the bits above hold the key's hash tag.</summary>
    public const int SlotIndexBits = 20;

    /// <summary>The most records a table can have.</summary>
    public const int MaxRecords = (1 << SlotIndexBits) - 2;

    /// <summary>
    /// A slot's value: the record's index + 1, and above it the top bits of the key's hash. A probe compares tags
    /// first and reads a record only when they match; without them every occupied slot on a probe's path cost a read
    /// of its record, a cache miss, which made a look-up of a form the table lacks (most pieces of an unknown token)
    /// cost several misses.
    /// </summary>
    public static int SlotValue(int recordIndex, int hash) =>
        (int)(Tag(hash) << SlotIndexBits) | (recordIndex + 1);

    /// <summary>The top bits of the hash, which the slot's index (its low bits) does not already use for tables up to 2^20 slots.</summary>
    public static uint Tag(int hash) => (uint)hash >> SlotIndexBits;

    /// <summary>The record index a slot holds, or -1 for an empty slot.</summary>
    public static int RecordIndex(int slotValue) => (slotValue & ((1 << SlotIndexBits) - 1)) - 1;

    /// <summary>The table's size for this many forms: at most half full, so a miss probes few slots.</summary>
    public static int SlotCount(int recordCount)
    {
        int size = 1;
        while (size < recordCount * 2) size <<= 1;
        return size;
    }
}

/// <summary>One form's entry in lexicon.bin: where its bytes are in the blob, and what the word lists say of it.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly record struct LexiconRecord(
    int FormOffset, int Count, ushort Modifier, ushort Head, ushort NameTail, byte FormLength, byte Flags) : IHashTableRecord
{
    int IHashTableRecord.KeyOffset => FormOffset;

    int IHashTableRecord.KeyLength => FormLength;
}

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
/// slots    int[slotCount]          record index + 1, 0 = empty; open addressing, linear probing
/// records  LexiconRecord[recordCount]
/// blob     the forms, UTF-8, one after another (no separators)
/// </code>
/// </remarks>
internal static class LexiconTableFormat
{
    /// <summary>"SLX1": a changed layout gets a new magic, so a stale file fails loudly.</summary>
    public const uint Magic = 0x31584C53;

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

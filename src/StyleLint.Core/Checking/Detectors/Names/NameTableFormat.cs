using System.Runtime.InteropServices;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// The layout of names.bin, the names data's word sets as one ready hash table of UTF-8 keys with
/// <see cref="NameFlags"/>. tools/datatables writes it at build time from Data/names.tsv.gz and
/// Data/english-words.txt.gz; <see cref="NameTable"/> reads it in place. Compiled into both, like
/// <see cref="RunTogether.LexiconTableFormat"/>, whose hash and table size it shares.
/// </summary>
/// <remarks>
/// Little-endian: <c>uint magic, int recordCount, int slotCount, int blobLength</c>, then <c>int[slotCount]</c>
/// slots (<see cref="LexiconTableFormat.SlotValue"/>: hash tag and record index + 1, 0 = empty; linear probing), <c>NameRecord[recordCount]</c>, and the keys' UTF-8 blob.
/// </remarks>
internal static class NameTableFormat
{
    /// <summary>"SLN2".</summary>
    public const uint Magic = 0x324E4C53;

    public const int HeaderSize = 16;
}

/// <summary>One key of names.bin: where its UTF-8 bytes are in the blob, and the sets it belongs to.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly record struct NameRecord(int KeyOffset, byte KeyLength, byte Flags, ushort Reserved) : IHashTableRecord
{
    int IHashTableRecord.KeyLength => KeyLength;
}

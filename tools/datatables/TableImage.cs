using System.Buffers.Binary;
using System.Runtime.InteropServices;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables;

/// <summary>
/// The byte layout both tables share, which the readers in StyleLint.Core map in place: a 16-byte header (magic,
/// record count, slot count, text length), the open-addressing slots, the fixed-size records, then the forms' UTF-8
/// text padded to four bytes.
/// </summary>
internal static class TableImage
{
    /// <summary>The empty slots of a table for this many keys (at most half full).</summary>
    public static int[] NewSlots(int keyCount)
    {
        if (keyCount > LexiconTableFormat.MaxRecords) throw new InvalidDataException($"{keyCount} keys; a table holds at most {LexiconTableFormat.MaxRecords}");
        return new int[LexiconTableFormat.SlotCount(keyCount)];
    }

    /// <summary>
    /// Puts a record into the first free slot on its key's probe, the probe the readers repeat. Keys must be distinct,
    /// so a probe never meets its own key.
    /// </summary>
    public static void Place(int[] slots, int recordIndex, ReadOnlySpan<byte> key)
    {
        int mask = slots.Length - 1;
        int hash = LexiconTableFormat.Hash(key);
        int slot = hash & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = LexiconTableFormat.SlotValue(recordIndex, hash);
    }

    public static byte[] Write<TRecord>(uint magic, int headerSize, int[] slots, List<TRecord> records, MemoryStream text)
        where TRecord : unmanaged
    {
        while (text.Length % 4 != 0) text.WriteByte(0);

        var output = new MemoryStream();
        Span<byte> header = stackalloc byte[headerSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], records.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], slots.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], checked((int)text.Length));
        output.Write(header);
        output.Write(MemoryMarshal.AsBytes(slots.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(records)));
        text.Position = 0;
        text.CopyTo(output);
        return output.ToArray();
    }
}

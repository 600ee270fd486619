using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using StyleLint.Checking.Detectors.Names;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Names;

/// <summary>Lays the keys out as names.bin (see <see cref="NameTableFormat"/>), in ordinal order of the keys.</summary>
internal static class NameTableWriter
{
    public static byte[] Build(SortedDictionary<string, NameFlags> keys)
    {
        int slotCount = LexiconTableFormat.SlotCount(keys.Count);
        var slots = new int[slotCount];
        var records = new List<NameRecord>(keys.Count);
        var blob = new MemoryStream();
        foreach ((string key, NameFlags flags) in keys)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(key);
            if (utf8.Length is 0 or > byte.MaxValue) throw new InvalidDataException($"'{key}' is {utf8.Length} bytes; keys are 1 to 255");
            int mask = slotCount - 1;
            int slot = LexiconTableFormat.Hash(utf8) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;   // keys are distinct: no probe meets its own key
            records.Add(new NameRecord(checked((int)blob.Length), (byte)utf8.Length, (byte)flags, 0));
            blob.Write(utf8);
            slots[slot] = records.Count;
        }
        while (blob.Length % 4 != 0) blob.WriteByte(0);

        var output = new MemoryStream();
        Span<byte> header = stackalloc byte[NameTableFormat.HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, NameTableFormat.Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], records.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], slotCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], checked((int)blob.Length));
        output.Write(header);
        output.Write(MemoryMarshal.AsBytes(slots.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(records)));
        blob.Position = 0;
        blob.CopyTo(output);
        return output.ToArray();
    }
}

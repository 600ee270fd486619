using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace StyleLint.DataTables;

/// <summary>
/// The byte layout both tables share, which the readers in StyleLint.Core map in place: a 16-byte header (magic,
/// record count, slot count, text length), the open-addressing slots, the fixed-size records, then the forms' UTF-8
/// text padded to four bytes.
/// </summary>
internal static class TableImage
{
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

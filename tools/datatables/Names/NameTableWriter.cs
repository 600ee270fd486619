using System.Text;
using StyleLint.Checking.Detectors.Names;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Names;

/// <summary>Lays the keys out as names.bin (see <see cref="NameTableFormat"/>), in ordinal order of the keys.</summary>
internal static class NameTableWriter
{
    public static byte[] Build(SortedDictionary<string, NameFlags> keys)
    {
        int[] slots = TableImage.NewSlots(keys.Count);
        var records = new List<NameRecord>(keys.Count);
        var blob = new MemoryStream();
        foreach ((string key, NameFlags flags) in keys)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(key);
            if (utf8.Length is 0 or > byte.MaxValue) throw new InvalidDataException($"'{key}' is {utf8.Length} bytes; keys are 1 to 255");
            records.Add(new NameRecord(checked((int)blob.Length), (byte)utf8.Length, (byte)flags, 0));
            blob.Write(utf8);
            TableImage.Place(slots, records.Count - 1, utf8);   // the keys of a sorted dictionary are distinct
        }
        return TableImage.Write(NameTableFormat.Magic, NameTableFormat.HeaderSize, slots, records, blob);
    }
}

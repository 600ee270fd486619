using System.Text;
using StyleLint.Checking.Detectors.Names;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Names;

/// <summary>Lays the keys out as names.bin (see <see cref="NameTableFormat"/>), in ordinal order of the keys.</summary>
internal static class NameTableWriter
{
    public static byte[] Build(SortedDictionary<string, NameFlags> keys)
    {
        if (keys.Count > LexiconTableFormat.MaxRecords) throw new InvalidDataException($"{keys.Count} keys; a table holds at most {LexiconTableFormat.MaxRecords}");
        int slotCount = LexiconTableFormat.SlotCount(keys.Count);
        var slots = new int[slotCount];
        var records = new List<NameRecord>(keys.Count);
        var blob = new MemoryStream();
        foreach ((string key, NameFlags flags) in keys)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(key);
            if (utf8.Length is 0 or > byte.MaxValue) throw new InvalidDataException($"'{key}' is {utf8.Length} bytes; keys are 1 to 255");
            int mask = slotCount - 1;
            int hash = LexiconTableFormat.Hash(utf8);
            int slot = hash & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;   // keys are distinct: no probe meets its own key
            records.Add(new NameRecord(checked((int)blob.Length), (byte)utf8.Length, (byte)flags, 0));
            blob.Write(utf8);
            slots[slot] = LexiconTableFormat.SlotValue(records.Count - 1, hash);
        }
        return TableImage.Write(NameTableFormat.Magic, NameTableFormat.HeaderSize, slots, records, blob);
    }
}

using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Lexicon;

/// <summary>Lays the entries out as lexicon.bin (see <see cref="LexiconTableFormat"/>), deterministically.</summary>
internal static class TableWriter
{
    public static byte[] Build(IReadOnlyList<TsvEntry> entries)
    {
        var records = new List<LexiconRecord>(entries.Count);
        var blob = new MemoryStream();
        int slotCount = LexiconTableFormat.SlotCount(entries.Count);
        var slots = new int[slotCount];
        var forms = new List<byte[]>(entries.Count);
        foreach (TsvEntry entry in entries)
        {
            LexiconRecord record = ToRecord(entry, checked((int)blob.Length));
            int slot = FindSlot(slots, forms, entry.Form);
            if (slots[slot] != 0)
            {
                // A repeated form: the later line wins, as it did when the text list was loaded at start-up.
                records[slots[slot] - 1] = record with { FormOffset = records[slots[slot] - 1].FormOffset };
                continue;
            }
            blob.Write(entry.Form);
            records.Add(record);
            forms.Add(entry.Form);
            slots[slot] = records.Count;
        }
        return TableImage.Write(LexiconTableFormat.Magic, LexiconTableFormat.HeaderSize, slots, records, blob);
    }

    /// <summary>The slot holding this form, or the empty slot where it goes: the probe the reader repeats.</summary>
    private static int FindSlot(int[] slots, List<byte[]> forms, byte[] form)
    {
        int mask = slots.Length - 1;
        int slot = LexiconTableFormat.Hash(form) & mask;
        while (slots[slot] != 0 && !forms[slots[slot] - 1].AsSpan().SequenceEqual(form)) slot = (slot + 1) & mask;
        return slot;
    }

    private static LexiconRecord ToRecord(TsvEntry entry, int offset)
    {
        if (entry.Form.Length is 0 or > byte.MaxValue) throw new InvalidDataException($"form of {entry.Form.Length} bytes does not fit the table");
        return new LexiconRecord(offset, entry.Count, Small(entry.Modifier), Small(entry.Head), Small(entry.NameTail), (byte)entry.Form.Length, checked((byte)entry.Flags));
    }

    private static ushort Small(int value) =>
        value is >= 0 and <= ushort.MaxValue ? (ushort)value : throw new InvalidDataException($"{value} does not fit the table's 16-bit column");
}

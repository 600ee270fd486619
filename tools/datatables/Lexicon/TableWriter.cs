using System.Text;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Lexicon;

/// <summary>Lays the entries out as lexicon.bin (see <see cref="LexiconTableFormat"/>), deterministically.</summary>
internal static class TableWriter
{
    public static byte[] Build(IReadOnlyList<TsvEntry> lines)
    {
        // Records and forms go in order of frequency, commonest first: the few thousand forms that make most of any
        // text then share a few hundred kilobytes, which stay in the CPU's caches, instead of lying all over 12 MB.
        // Insertion in that order also gives common forms their home slot.
        IEnumerable<TsvEntry> entries = WithoutRepeats(lines).OrderByDescending(e => e.Count);
        if (lines.Count > LexiconTableFormat.MaxRecords) throw new InvalidDataException($"{lines.Count} forms; a table holds at most {LexiconTableFormat.MaxRecords}");
        var records = new List<LexiconRecord>(lines.Count);
        var blob = new MemoryStream();
        int slotCount = LexiconTableFormat.SlotCount(lines.Count);
        var slots = new int[slotCount];
        var forms = new List<byte[]>(lines.Count);
        foreach (TsvEntry entry in entries)
        {
            LexiconRecord record = ToRecord(entry, checked((int)blob.Length));
            int slot = FindSlot(slots, forms, entry.Form);
            blob.Write(entry.Form);
            records.Add(record);
            forms.Add(entry.Form);
            slots[slot] = LexiconTableFormat.SlotValue(records.Count - 1, LexiconTableFormat.Hash(entry.Form));
        }
        return TableImage.Write(LexiconTableFormat.Magic, LexiconTableFormat.HeaderSize, slots, records, blob);
    }

    /// <summary>One entry per form, where the first line put it: a repeated form takes the later line's columns, as it did when the text list was loaded at start-up.</summary>
    private static List<TsvEntry> WithoutRepeats(IReadOnlyList<TsvEntry> lines)
    {
        var unique = new List<TsvEntry>(lines.Count);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TsvEntry line in lines)
        {
            string key = Encoding.UTF8.GetString(line.Form);
            if (position.TryGetValue(key, out int at)) unique[at] = line;
            else
            {
                position[key] = unique.Count;
                unique.Add(line);
            }
        }
        return unique;
    }

    /// <summary>The slot holding this form, or the empty slot where it goes: the probe the reader repeats.</summary>
    private static int FindSlot(int[] slots, List<byte[]> forms, byte[] form)
    {
        int mask = slots.Length - 1;
        int slot = LexiconTableFormat.Hash(form) & mask;
        while (slots[slot] != 0 && !forms[LexiconTableFormat.RecordIndex(slots[slot])].AsSpan().SequenceEqual(form)) slot = (slot + 1) & mask;
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

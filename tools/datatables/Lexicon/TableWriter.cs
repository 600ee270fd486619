using System.Text;
using StyleLint.Checking.Detectors.RunTogether;

namespace StyleLint.DataTables.Lexicon;

/// <summary>Lays the entries out as lexicon.bin (see <see cref="LexiconTableFormat"/>), deterministically.</summary>
internal static class TableWriter
{
    public static byte[] Build(IReadOnlyList<TsvEntry> lines)
    {
        // Records and forms go in order of frequency, commonest first: the few thousand forms that make most of any
        // text then share a few hundred kilobytes, which stay in the CPU's caches, instead of lying all over 15 MB.
        // Insertion in that order also gives common forms their home slot.
        IEnumerable<TsvEntry> entries = WithoutRepeats(lines).OrderByDescending(e => e.Count);
        int[] slots = TableImage.NewSlots(lines.Count);
        var records = new List<LexiconRecord>(lines.Count);
        var blob = new MemoryStream();
        foreach (TsvEntry entry in entries)
        {
            records.Add(ToRecord(entry, checked((int)blob.Length)));
            blob.Write(entry.Form);
            TableImage.Place(slots, records.Count - 1, entry.Form);   // repeats are gone, so forms are distinct
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

    private static LexiconRecord ToRecord(TsvEntry entry, int offset)
    {
        if (entry.Form.Length is 0 or > byte.MaxValue) throw new InvalidDataException($"form of {entry.Form.Length} bytes does not fit the table");
        return new LexiconRecord(offset, entry.Count, Small(entry.Modifier), Small(entry.Head), Small(entry.NameTail), (byte)entry.Form.Length, checked((byte)entry.Flags));
    }

    private static ushort Small(int value) =>
        value is >= 0 and <= ushort.MaxValue ? (ushort)value : throw new InvalidDataException($"{value} does not fit the table's 16-bit column");
}

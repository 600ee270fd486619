using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// lexicon.bin read in place (layout in <see cref="LexiconTableFormat"/>): the embedded resource is part of the
/// mapped StyleLint.Core image, so opening the table parses and copies nothing, and a run touches only the pages
/// its lookups reach. Building the same table from the text list at start-up took most of a one-article run.
/// </summary>
internal sealed unsafe class LexiconTable
{
    public const string ResourceName = "StyleLint.Data.lexicon.bin";

    // The resource's memory belongs to the loaded assembly, which StyleLint.Core never unloads, so the pointer stays
    // valid after the stream that handed it out is disposed.
    private readonly byte* slots;
    private readonly byte* records;
    private readonly byte* blob;
    private readonly int slotCount;
    private readonly int blobLength;

    private LexiconTable(byte* start, long length)
    {
        var header = new ReadOnlySpan<byte>(start, (int)Math.Min(length, LexiconTableFormat.HeaderSize));
        if (header.Length < LexiconTableFormat.HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(header) != LexiconTableFormat.Magic)
        {
            throw new InvalidOperationException($"embedded resource {ResourceName} is not a lexicon table of this StyleLint");
        }
        RecordCount = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        slotCount = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        blobLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        long expected = LexiconTableFormat.HeaderSize + 4L * slotCount + (long)sizeof(LexiconRecord) * RecordCount + blobLength;
        if (expected != length || (slotCount & (slotCount - 1)) != 0)
        {
            throw new InvalidOperationException($"embedded resource {ResourceName} is {length} bytes; its header says {expected}");
        }
        slots = start + LexiconTableFormat.HeaderSize;
        records = slots + 4L * slotCount;
        blob = records + (long)sizeof(LexiconRecord) * RecordCount;
    }

    public int RecordCount { get; }

    private ReadOnlySpan<int> Slots => MemoryMarshal.Cast<byte, int>(new ReadOnlySpan<byte>(slots, 4 * slotCount));

    private ReadOnlySpan<LexiconRecord> Records => MemoryMarshal.Cast<byte, LexiconRecord>(new ReadOnlySpan<byte>(records, sizeof(LexiconRecord) * RecordCount));

    private ReadOnlySpan<byte> Blob => new(blob, blobLength);

    /// <summary>Opens the table embedded in StyleLint.Core.</summary>
    public static LexiconTable Open()
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the lexicon table is little-endian");
        using Stream stream = typeof(LexiconTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(LexiconTable).Assembly.GetName().Name}");
        if (stream is not UnmanagedMemoryStream memory)
        {
            throw new InvalidOperationException($"embedded resource {ResourceName} is not in the assembly's memory");
        }
        return new LexiconTable(memory.PositionPointer, memory.Length);
    }

    /// <summary>The record of a form given as lower-cased UTF-8, if the lexicon has it.</summary>
    public bool TryFind(ReadOnlySpan<byte> form, out LexiconRecord record)
    {
        ReadOnlySpan<int> table = Slots;
        ReadOnlySpan<LexiconRecord> all = Records;
        ReadOnlySpan<byte> text = Blob;
        int mask = slotCount - 1;
        int slot = LexiconTableFormat.Hash(form) & mask;
        while (true)
        {
            int entry = table[slot];
            if (entry == 0)
            {
                record = default;
                return false;
            }
            LexiconRecord candidate = all[entry - 1];
            if (candidate.FormLength == form.Length && text.Slice(candidate.FormOffset, candidate.FormLength).SequenceEqual(form))
            {
                record = candidate;
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }
}

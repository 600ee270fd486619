using System.Runtime.CompilerServices;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// The answers of recent lexicon look-ups on one thread, in a small direct-mapped table with the keys inline (words
/// that pack into a <see cref="PackedKey"/>: nearly all; longer ones always go to the table). The
/// lexicon table is 15 MB, so a look-up there is three dependent reads that mostly miss the CPU's caches (about a
/// hundred nanoseconds, most of the run-together check's cost); news text repeats a few thousand forms, whose answers
/// fit here in 768 KB, one read each. Misses are kept too: unknown names recur within an article. On the corpus, of
/// 475,000 look-ups of words over three letters 68,000 reach the table with 32K entries (108,000 with 8K, 83,000
/// with 16K, 58,000 with 64K: past this the misses are mostly forms seen once).
/// </summary>
internal sealed class RecentLookups
{
    private const int SlotBits = 15;

    // Pinned, so the address a batch asks the processor for (Prefetch) is where the entry still is when it is read.
    private readonly Entry[] entries = GC.AllocateArray<Entry>(1 << SlotBits, pinned: true);

    /// <summary>The id kept in <paramref name="slot"/> (from <see cref="SlotOf"/>) if it is the answer for the packed key.</summary>
    public bool TryGet(int slot, ulong low, ulong high, int length, out int id)
    {
        ref Entry entry = ref entries[slot];
        id = entry.Id;
        return entry.Length == length && entry.Low == low && entry.High == high;
    }

    /// <summary>Keeps the packed key's answer in <paramref name="slot"/> (from <see cref="SlotOf"/>).</summary>
    public void Add(int slot, ulong low, ulong high, int length, int id) =>
        entries[slot] = new Entry { Low = low, High = high, Length = length, Id = id };

    /// <summary>Asks the processor for a slot's memory now, for a <see cref="TryGet(int, ulong, ulong, int, out int)"/> a little later.</summary>
    public unsafe void Prefetch(int slot) =>
        EmbeddedHashTable<LexiconRecord>.Prefetch(Unsafe.AsPointer(ref entries[slot]));

    /// <summary>The top bits of two multiplicative hashes: cheap, and they mix every byte of the key.</summary>
    public static int SlotOf(ulong low, ulong high, int length) =>
        (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)length << 56)) >> (64 - SlotBits));

    /// <summary>An empty slot has length 0, which no key has.</summary>
    private struct Entry
    {
        public ulong Low;
        public ulong High;
        public int Length;
        public int Id;
    }
}

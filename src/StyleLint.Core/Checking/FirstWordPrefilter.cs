using System.Numerics;
using StyleLint.Analysis;

namespace StyleLint.Checking;

/// <summary>
/// The first test of every token list of a pack (<see cref="PhraseMatcher"/>), made in one pass over a document's
/// letter runs instead of one pass per list. Each list rejects most runs by their filter bit alone
/// (<see cref="AnalyzedDocument.LetterRunBits"/>); here one table gives, for a bit, the set of lists whose filter
/// has it, so one look-up per run tells every list at once whether the run may begin one of its phrases. A list
/// then walks only its candidate runs. Lists of the same case (up to 64 of each) share a table; any more are left
/// to walk the runs themselves.
/// Built once per <see cref="Engine.Linter"/>; immutable, so shared by every document and thread.
/// </summary>
public sealed class FirstWordPrefilter
{
    private const int MaxListsPerCase = 64;

    private readonly CaseGroup exact = new();
    private readonly CaseGroup folded = new();
    private readonly Dictionary<PhraseMatcher, (bool IgnoreCase, int Slot)> slots = new(ReferenceEqualityComparer.Instance);

    public FirstWordPrefilter(IEnumerable<PhraseMatcher> matchers)
    {
        foreach (PhraseMatcher matcher in matchers)
        {
            if (matcher.FirstWordFilter is not { } filter || slots.ContainsKey(matcher)) continue;
            CaseGroup group = matcher.IgnoreCase ? folded : exact;
            if (group.Count == MaxListsPerCase) continue;
            int slot = group.Count++;
            for (int bit = 0; bit < PhraseMatcher.FilterBits; bit++)
            {
                if ((filter[bit >> 6] & (1UL << bit)) != 0) group.Lists[bit] |= 1UL << slot;
            }
            slots.Add(matcher, (matcher.IgnoreCase, slot));
        }
    }

    /// <summary>The prefilter of every token list the checkers match (<see cref="Checker.TokenLists"/>).</summary>
    public static FirstWordPrefilter For(IEnumerable<Checker> checkers) => new(checkers.SelectMany(c => c.TokenLists));

    /// <summary>How many token lists this prefilter answers for.</summary>
    public int Count => slots.Count;

    /// <summary>
    /// The indices of the document's letter runs that may begin one of <paramref name="matcher"/>'s phrases (their
    /// filter bit is in its filter), in text order; false when this prefilter does not know the matcher.
    /// </summary>
    internal bool TryGetCandidates(AnalyzedDocument document, PhraseMatcher matcher, out ReadOnlySpan<int> candidates)
    {
        if (!slots.TryGetValue(matcher, out (bool IgnoreCase, int Slot) at))
        {
            candidates = default;
            return false;
        }
        Candidates all = document.FirstWordCandidates(this, at.IgnoreCase);
        candidates = all.Of(at.Slot);
        return true;
    }

    /// <summary>Every list's candidate runs in one document, for the lists that ignore case or for the others.</summary>
    internal Candidates Find(AnalyzedDocument document, bool ignoreCase)
    {
        CaseGroup group = ignoreCase ? folded : exact;
        ulong[] lists = group.Lists;
        ushort[] bits = document.LetterRunBits(ignoreCase);
        // Two passes: count each list's candidates, then place them, all lists' in one array.
        var offsets = new int[group.Count + 1];
        foreach (ushort bit in bits)
        {
            for (ulong set = lists[bit]; set != 0; set &= set - 1) offsets[BitOperations.TrailingZeroCount(set) + 1]++;
        }
        for (int slot = 0; slot < group.Count; slot++) offsets[slot + 1] += offsets[slot];
        var runs = new int[offsets[group.Count]];
        int[] next = offsets[..group.Count];
        for (int k = 0; k < bits.Length; k++)
        {
            for (ulong set = lists[bits[k]]; set != 0; set &= set - 1) runs[next[BitOperations.TrailingZeroCount(set)]++] = k;
        }
        return new Candidates(runs, offsets);
    }

    /// <summary>The token lists of one case: for each filter bit, the set of lists (by slot) whose filter has it.</summary>
    private sealed class CaseGroup
    {
        public readonly ulong[] Lists = new ulong[PhraseMatcher.FilterBits];
        public int Count;
    }

    /// <summary>Each list's candidate runs (indices of letter runs), list after list in one array.</summary>
    internal readonly struct Candidates(int[] runs, int[] offsets)
    {
        public ReadOnlySpan<int> Of(int slot) => runs.AsSpan(offsets[slot], offsets[slot + 1] - offsets[slot]);
    }
}

using System.Runtime.InteropServices;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// The forms of one document that the lexicon lacks, each with its own negative id (-2, -3, …): two words get the same
/// id exactly when they are equal in any case with ' and ’ the same (<see cref="FoldedWordComparer"/>).
/// </summary>
/// <remarks>
/// Nearly every such form is a short ASCII word (a name, a join), and the lexicon has already packed it into a
/// <see cref="PackedKey"/>: those are numbered by the key, two integers to hash and compare. Hashing the text a
/// character at a time, folding each one, cost more than the rest of the document's context together. The rest
/// (long words, letters beyond ASCII) are keyed by their text in the document, folded.
/// </remarks>
internal sealed class UnknownForms(string text, Word[] words)
{
    /// <summary>Forms a table may have held and still be kept for the next document (clearing it costs its size).</summary>
    private const int MostFormsKept = 512;

    /// <summary>
    /// The thread's table of packed forms, handed back by the last document (<see cref="Release"/>): a table per
    /// document was a third of what the check allocated, for a dozen forms each.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<FoldedKey, int>? spare;

    private readonly Dictionary<FoldedKey, int> packed = TakeSpare();

    /// <summary>Forms that do not pack, made when the first one comes (most documents have none).</summary>
    private Dictionary<int, int>? byText;

    public int Count => packed.Count + (byText?.Count ?? 0);

    /// <summary>The id of the word at this index, a new one if its form is not numbered yet.</summary>
    public int IdOfWord(int index)
    {
        Word word = words[index];
        bool numbered;
        ref int id = ref FoldedKey.TryMake(text.AsSpan(word.Start), word.Length, out FoldedKey key)
            ? ref CollectionsMarshal.GetValueRefOrAddDefault(packed, key, out numbered)
            : ref CollectionsMarshal.GetValueRefOrAddDefault(byText ??= new(new WordKeyComparer(text, words, WordKeyComparer.Form.Folded)), index, out numbered);
        if (!numbered) id = -1 - Count;
        return id;
    }

    /// <summary>The id of the form, or false when no word of the document has it.</summary>
    public bool TryGetId(ReadOnlySpan<char> form, out int id)
    {
        if (FoldedKey.TryMake(form, form.Length, out FoldedKey key)) return packed.TryGetValue(key, out id);
        id = 0;
        return byText != null && byText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out id);
    }

    /// <summary>
    /// Hands the table of packed forms to the thread's next document. This object must not be asked anything after.
    /// </summary>
    public void Release()
    {
        if (packed.Count > MostFormsKept) return;
        packed.Clear();
        spare = packed;
    }

    private static Dictionary<FoldedKey, int> TakeSpare()
    {
        Dictionary<FoldedKey, int>? table = spare;
        spare = null;
        return table ?? [];
    }

    /// <summary>
    /// A form of up to <see cref="PackedKey.MaxLength"/> characters that fold to ASCII, packed as the lexicon packs it;
    /// equal keys are exactly the forms <see cref="FoldedWordComparer"/> holds equal.
    /// </summary>
    private readonly record struct FoldedKey(ulong Low, ulong High, int Length)
    {
        /// <summary>
        /// <paramref name="text"/> starts with the form and may go on past it. The vector packer takes ASCII and ’; a
        /// letter beyond ASCII may still fold to ASCII (the Kelvin sign to k), so such a form is folded first.
        /// </summary>
        public static bool TryMake(ReadOnlySpan<char> text, int length, out FoldedKey key)
        {
            if (PackedKey.TryPackLower(text, length, out ulong low, out ulong high) || TryPackFolded(text[..length], out low, out high))
            {
                key = new FoldedKey(low, high, length);
                return true;
            }
            key = default;
            return false;
        }

        private static bool TryPackFolded(ReadOnlySpan<char> form, out ulong low, out ulong high)
        {
            low = high = 0;
            if (form.Length > PackedKey.MaxLength) return false;
            Span<char> folded = stackalloc char[PackedKey.MaxLength];
            for (int i = 0; i < form.Length; i++) folded[i] = FoldedWordComparer.Fold(form[i]);
            return PackedKey.TryPackLower(folded[..form.Length], form.Length, out low, out high);
        }

        public bool Equals(FoldedKey other) => Low == other.Low && High == other.High && Length == other.Length;

        /// <summary>The top bits of two multiplicative hashes, as <see cref="RecentLookups.SlotOf"/> takes them.</summary>
        public override int GetHashCode() =>
            (int)(((Low * 0x9E3779B97F4A7C15UL) ^ (High * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)Length << 56)) >> 32);
    }
}

using System.Runtime.InteropServices;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// What the document itself says about words: whether it uses a form elsewhere, as a name, or two words side by
/// side. Made only when a document has an unknown token. The first questions are answered by scanning the words;
/// once scans have cost as much as counting would, the words are counted once and each question is a lookup.
/// </summary>
internal sealed class DocumentContext(string text, Word[] words)
{
    /// <summary>Scans of the whole document allowed before the index is built: a scan costs about an eighth of it.</summary>
    private const int ScanBudgetPerWord = 8;

    private Counts? counts;
    private HashSet<long>? pairs;
    private long scannedWords;

    public string Text => text;

    public Word[] Words => words;

    /// <summary>Occurrences of the form as a whole word, in any case.</summary>
    public int Count(ReadOnlySpan<char> form)
    {
        if (TakeScan()) return CountWhere(form, WordKeyComparer.Form.Folded, asName: false);
        return counts!.Folded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int id) ? counts.Uses[id] : 0;
    }

    /// <summary>Occurrences of the form or its possessive (Mefin, Mefin's), any case.</summary>
    public int CountWithPossessive(ReadOnlySpan<char> form)
    {
        if (TakeScan()) return CountWhere(StripPossessive(form), WordKeyComparer.Form.FoldedWithoutPossessive, asName: false);
        return counts!.WithoutPossessive.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(StripPossessive(form), out int n) ? n : 0;
    }

    /// <summary>Occurrences written exactly so (Blair, not blair).</summary>
    public int CountExact(ReadOnlySpan<char> form)
    {
        if (TakeScan()) return CountWhere(form, WordKeyComparer.Form.Exact, asName: false);
        return counts!.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int n) ? n : 0;
    }

    /// <summary>Occurrences with a capital inside a sentence: the document uses the form as a name.</summary>
    public int CountAsName(ReadOnlySpan<char> form)
    {
        if (TakeScan()) return CountWhere(form, WordKeyComparer.Form.Folded, asName: true);
        return counts!.Folded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int id) ? counts.AsName[id] : 0;
    }

    /// <summary>The document writes these two words side by side, separated by a space, somewhere.</summary>
    public bool HasPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (TakeScan())
        {
            for (int i = 0; i + 1 < words.Length; i++)
            {
                Word a = words[i], b = words[i + 1];
                if (a.Length == first.Length && b.Length == second.Length
                    && FoldedWordComparer.FoldedEquals(text.AsSpan(a.Start, a.Length), first)
                    && FoldedWordComparer.FoldedEquals(text.AsSpan(b.Start, b.Length), second)
                    && text.AsSpan(a.End, b.Start - a.End).IsWhiteSpace())
                {
                    return true;
                }
            }
            return false;
        }
        var lookup = counts!.Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(first, out int x) || !lookup.TryGetValue(second, out int y)) return false;
        pairs ??= CollectPairs();
        return pairs.Contains(PairKey(x, y));
    }

    /// <summary>The position starts a sentence or a block (only spaces, quotes or brackets after . ! ? : or a line break).</summary>
    public bool IsSentenceStart(int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '\u00A0') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    /// <summary>
    /// Whether to answer the next question by scanning the words (true) or from the index, which is built the first
    /// time scans have cost as much as building it would. Most articles ask a handful of questions: scanning them
    /// allocates nothing, where indexing every word was most of this check's cost. A long document with many unknown
    /// tokens gets the index, so no document costs more than a fixed multiple of its length (asking by scanning alone
    /// made a 2 MB article cost the square of its length).
    /// </summary>
    private bool TakeScan()
    {
        if (counts != null) return false;
        if (scannedWords < ScanBudgetPerWord * (long)words.Length)
        {
            scannedWords += words.Length;
            return true;
        }
        counts = CountWords();
        return false;
    }

    private int CountWhere(ReadOnlySpan<char> form, WordKeyComparer.Form kind, bool asName)
    {
        int n = 0;
        foreach (Word w in words)
        {
            ReadOnlySpan<char> word = text.AsSpan(w.Start, w.Length);
            if (kind == WordKeyComparer.Form.FoldedWithoutPossessive) word = StripPossessive(word);
            if (word.Length != form.Length) continue;
            bool same = kind == WordKeyComparer.Form.Exact ? word.SequenceEqual(form) : FoldedWordComparer.FoldedEquals(word, form);
            if (same && (!asName || (char.IsUpper(text[w.Start]) && !IsSentenceStart(w.Start)))) n++;
        }
        return n;
    }

    private Counts CountWords()
    {
        var result = new Counts(text, words);
        var folded = result.Folded;
        for (int i = 0; i < words.Length; i++)
        {
            Word w = words[i];
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(folded, i, out bool seen);
            if (!seen)
            {
                id = result.Uses.Count;
                result.Uses.Add(0);
                result.AsName.Add(0);
            }
            result.FoldedIdOfWord[i] = id;
            result.Uses[id]++;
            if (char.IsUpper(text[w.Start]) && !IsSentenceStart(w.Start)) result.AsName[id]++;
            CollectionsMarshal.GetValueRefOrAddDefault(result.Exact, i, out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(result.WithoutPossessive, i, out _)++;
        }
        return result;
    }

    /// <summary>Every pair of neighbouring words with only white space (or nothing) between them, by folded word.</summary>
    private HashSet<long> CollectPairs()
    {
        var set = new HashSet<long>();
        int[] ids = counts!.FoldedIdOfWord;
        for (int i = 0; i + 1 < words.Length; i++)
        {
            Word a = words[i], b = words[i + 1];
            if (!text.AsSpan(a.End, b.Start - a.End).IsWhiteSpace()) continue;
            set.Add(PairKey(ids[i], ids[i + 1]));
        }
        return set;
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> form) =>
        form.Length > 2 && form[^1] is 's' or 'S' && Lexicon.IsApostrophe(form[^2]) ? form[..^2] : form;

    /// <summary>
    /// The document's words counted: each distinct folded form has an id indexing its counts. Keys are word indices
    /// compared by their text (<see cref="WordKeyComparer"/>), so counting makes no strings.
    /// </summary>
    private sealed class Counts(string text, Word[] words)
    {
        public Dictionary<int, int> Folded { get; } = new(new WordKeyComparer(text, words, WordKeyComparer.Form.Folded));
        public int[] FoldedIdOfWord { get; } = new int[words.Length];
        public List<int> Uses { get; } = [];
        public List<int> AsName { get; } = [];
        public Dictionary<int, int> Exact { get; } = new(new WordKeyComparer(text, words, WordKeyComparer.Form.Exact));
        public Dictionary<int, int> WithoutPossessive { get; } = new(new WordKeyComparer(text, words, WordKeyComparer.Form.FoldedWithoutPossessive));
    }
}

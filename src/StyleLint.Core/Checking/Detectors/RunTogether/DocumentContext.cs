using System.Runtime.InteropServices;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// What the document itself says about words: whether it uses a form elsewhere, as a name, or two words side by
/// side. Made only when a document has an unknown token. The words are counted once, on the first question, so
/// each question is a lookup: asking once per unknown token over a scan of every word made long documents cost the
/// square of their length (a 2 MB article took minutes).
/// </summary>
internal sealed class DocumentContext(string text, Word[] words)
{
    private Counts? counts;
    private HashSet<long>? pairs;

    public string Text => text;

    public Word[] Words => words;

    /// <summary>Occurrences of the form as a whole word, in any case.</summary>
    public int Count(ReadOnlySpan<char> form) =>
        Index.Folded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int id) ? Index.Uses[id] : 0;

    /// <summary>Occurrences of the form or its possessive (Mefin, Mefin's), any case.</summary>
    public int CountWithPossessive(ReadOnlySpan<char> form) =>
        Index.WithoutPossessive.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(StripPossessive(form), out int n) ? n : 0;

    /// <summary>Occurrences written exactly so (Blair, not blair).</summary>
    public int CountExact(ReadOnlySpan<char> form) =>
        Index.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int n) ? n : 0;

    /// <summary>Occurrences with a capital inside a sentence: the document uses the form as a name.</summary>
    public int CountAsName(ReadOnlySpan<char> form) =>
        Index.Folded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int id) ? Index.AsName[id] : 0;

    /// <summary>The document writes these two words side by side, separated by a space, somewhere.</summary>
    public bool HasPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var lookup = Index.Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(first, out int a) || !lookup.TryGetValue(second, out int b)) return false;
        pairs ??= CollectPairs();
        return pairs.Contains(PairKey(a, b));
    }

    /// <summary>The position starts a sentence or a block (only spaces, quotes or brackets after . ! ? : or a line break).</summary>
    public bool IsSentenceStart(int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '\u00A0') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    private Counts Index => counts ??= CountWords();

    private Counts CountWords()
    {
        var result = new Counts();
        var folded = result.Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        var exact = result.Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var withoutPossessive = result.WithoutPossessive.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (Word w in words)
        {
            ReadOnlySpan<char> word = text.AsSpan(w.Start, w.Length);
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(folded, word, out bool seen);
            if (!seen)
            {
                id = result.Uses.Count;
                result.Uses.Add(0);
                result.AsName.Add(0);
            }
            result.Uses[id]++;
            if (char.IsUpper(text[w.Start]) && !IsSentenceStart(w.Start)) result.AsName[id]++;
            CollectionsMarshal.GetValueRefOrAddDefault(exact, word, out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(withoutPossessive, StripPossessive(word), out _)++;
        }
        return result;
    }

    /// <summary>Every pair of neighbouring words with only white space (or nothing) between them, by folded word.</summary>
    private HashSet<long> CollectPairs()
    {
        var set = new HashSet<long>();
        var folded = Index.Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i + 1 < words.Length; i++)
        {
            Word a = words[i], b = words[i + 1];
            if (!text.AsSpan(a.End, b.Start - a.End).IsWhiteSpace()) continue;
            set.Add(PairKey(folded[text.AsSpan(a.Start, a.Length)], folded[text.AsSpan(b.Start, b.Length)]));
        }
        return set;
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> form) =>
        form.Length > 2 && form[^1] is 's' or 'S' && Lexicon.IsApostrophe(form[^2]) ? form[..^2] : form;

    /// <summary>The document's words counted: each distinct folded form has an id indexing its counts.</summary>
    private sealed class Counts
    {
        public Dictionary<string, int> Folded { get; } = new(FoldedWordComparer.Instance);
        public List<int> Uses { get; } = [];
        public List<int> AsName { get; } = [];
        public Dictionary<string, int> Exact { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> WithoutPossessive { get; } = new(FoldedWordComparer.Instance);
    }
}

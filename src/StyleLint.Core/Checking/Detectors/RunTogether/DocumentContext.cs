using System.Runtime.InteropServices;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// What the document itself says about words: whether it uses a form elsewhere, as a name, or two words side by
/// side. Made only when a document has an unknown token.
/// </summary>
/// <remarks>
/// Every word gets a form id: its lexicon id, or for a form the lexicon lacks, an id of this document (negative).
/// Two words have the same id exactly when they are equal in any case with ' and ’ the same, so every question is
/// answered by comparing integers, never text. The detector has already looked up the words it checks, so the ids
/// cost it little more than the short words' lookups. The first questions are answered by scanning the ids; once
/// scans have cost as much as counting would, the ids are counted once and each question is a lookup, so no document
/// costs more than a fixed multiple of its length (asking by scanning alone made a 2 MB article quadratic).
/// </remarks>
internal sealed class DocumentContext
{
    /// <summary>An id of no word of this document: questions about it count nothing.</summary>
    private const int Absent = -1;

    /// <summary>
    /// Marks a word the detector did not look up. Words shorter than <see cref="ShortestLookedUp"/> are looked up only
    /// when a question is about a form that short: ids are compared only between forms of the same length.
    /// </summary>
    internal const int NotLookedUp = int.MinValue;

    /// <summary>The lexicon's answer for a form it lacks; the context replaces it with the form's document id.</summary>
    internal const int NotInLexicon = -1;

    /// <summary>The shortest word looked up when the context is made.</summary>
    internal const int ShortestLookedUp = 3;

    /// <summary>
    /// Scans of the whole document allowed before the index is built: a scan compares integers, while the index puts
    /// every word into three hash tables, which costs about as much as this many scans.
    /// </summary>
    private const int ScanBudgetPerWord = 64;

    private readonly string text;
    private readonly Word[] words;
    private readonly Lexicon lexicon;
    private readonly int[] ids;

    /// <summary>The forms the lexicon lacks, numbered.</summary>
    private readonly UnknownForms unknownForms;

    private bool shortWordsLookedUp;
    private Counts? counts;
    private HashSet<long>? pairs;
    private long scannedWords;

    /// <summary>A context that looks every word up itself (tests, the evaluation's explanations).</summary>
    public DocumentContext(string text, Word[] words)
        : this(text, words, Lexicon.Instance, LookUp(text, words))
    {
    }

    /// <summary>
    /// A context over <paramref name="lexiconIds"/> (at least as long as the words): for each word of
    /// <see cref="ShortestLookedUp"/> characters or more its lexicon id or <see cref="NotInLexicon"/>, for each shorter
    /// one its id or <see cref="NotLookedUp"/> (as <see cref="Lexicon.IdsOf"/> leaves them). The array is completed
    /// in place and used as is.
    /// </summary>
    public DocumentContext(string text, Word[] words, Lexicon lexicon, int[] lexiconIds)
    {
        this.text = text;
        this.words = words;
        this.lexicon = lexicon;
        ids = lexiconIds;
        unknownForms = new UnknownForms(text, words);
        NumberUnknownForms();
    }

    public string Text => text;

    /// <summary>
    /// Done with: the context's tables go to the thread's next document. Nothing may be asked after (the detector
    /// releases its context when it has checked the document; one that is never released is simply collected).
    /// </summary>
    public void Release() => unknownForms.Release();

    public Word[] Words => words;

    /// <summary>
    /// The id of the form among this document's words, or -1 when no word of the document has it.
    /// <paramref name="lexiconId"/> is the form's <see cref="Lexicon.IdOf"/>, which a caller that has it already
    /// passes so the lexicon is not asked again.
    /// </summary>
    public int FormId(ReadOnlySpan<char> form, int lexiconId)
    {
        if (form.Length < ShortestLookedUp) LookUpShortWords();
        if (lexiconId >= 0) return lexiconId;
        return unknownForms.TryGetId(form, out int local) ? local : Absent;
    }

    /// <summary>Occurrences of the form as a whole word, in any case.</summary>
    public int Count(ReadOnlySpan<char> form) => Count(IdOf(form));

    /// <summary>Occurrences of the form with this <see cref="FormId"/>, in any case.</summary>
    public int Count(int formId)
    {
        if (formId == Absent) return 0;
        if (!TakeScan()) return counts!.Uses.GetValueOrDefault(formId);
        return CountIds(formId);
    }

    /// <summary>Occurrences of the form or its possessive (Mefin, Mefin's), any case.</summary>
    public int CountWithPossessive(ReadOnlySpan<char> form)
    {
        ReadOnlySpan<char> stem = StripPossessive(form);
        // The words counted are the stem itself (unless it looks possessive too: then it is stripped again and is not
        // the stem) and the stem with 's, whichever apostrophe.
        int plain = StripPossessive(stem).Length == stem.Length ? IdOf(stem) : Absent;
        return CountStemAndPossessive(plain, stem);
    }

    /// <summary>
    /// <see cref="CountWithPossessive(ReadOnlySpan{char})"/> of the word at this index: the question the detector asks
    /// of every token it may split. A word that is not possessive is its own stem, and its id is known.
    /// </summary>
    public int CountWithPossessive(int index)
    {
        ReadOnlySpan<char> form = Span(index);
        return form.Length < ShortestLookedUp || Lexicon.IsPossessiveForm(form)
            ? CountWithPossessive(form)
            : CountStemAndPossessive(ids[index], form);
    }

    private int CountStemAndPossessive(int plain, ReadOnlySpan<char> stem)
    {
        Span<char> withS = stem.Length <= 128 ? stackalloc char[stem.Length + 2] : new char[stem.Length + 2];
        stem.CopyTo(withS);
        withS[^2] = '\'';
        withS[^1] = 's';
        int possessive = IdOf(withS);
        if (!TakeScan()) return counts!.Uses.GetValueOrDefault(plain) + counts.Uses.GetValueOrDefault(possessive);
        return (plain == Absent ? 0 : CountIds(plain)) + (possessive == Absent ? 0 : CountIds(possessive));
    }

    /// <summary>Occurrences written exactly so (Blair, not blair).</summary>
    public int CountExact(ReadOnlySpan<char> form) => CountExact(form, IdOf(form));

    /// <summary>Occurrences written exactly so, of the form with this <see cref="FormId"/>.</summary>
    public int CountExact(ReadOnlySpan<char> form, int formId)
    {
        if (formId == Absent) return 0;
        if (!TakeScan()) return counts!.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int n) ? n : 0;
        int found = 0;
        ReadOnlySpan<int> all = ids.AsSpan(0, words.Length);
        for (int i = all.IndexOf(formId); i >= 0; i = NextIndexOf(all, formId, i))
        {
            if (Span(i).SequenceEqual(form)) found++;
        }
        return found;
    }

    /// <summary>Occurrences with a capital inside a sentence: the document uses the form as a name.</summary>
    public int CountAsName(ReadOnlySpan<char> form)
    {
        int id = IdOf(form);
        if (id == Absent) return 0;
        if (!TakeScan()) return counts!.AsName.GetValueOrDefault(id);
        int found = 0;
        ReadOnlySpan<int> all = ids.AsSpan(0, words.Length);
        for (int i = all.IndexOf(id); i >= 0; i = NextIndexOf(all, id, i))
        {
            if (IsUsedAsName(words[i])) found++;
        }
        return found;
    }

    /// <summary>The document writes these two words side by side, separated by a space, somewhere.</summary>
    public bool HasPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => HasPair(IdOf(first), IdOf(second));

    /// <summary>The document writes the forms with these <see cref="FormId"/>s side by side, separated by a space.</summary>
    public bool HasPair(int x, int y)
    {
        if (x == Absent || y == Absent) return false;
        if (!TakeScan())
        {
            pairs ??= CollectPairs();
            return pairs.Contains(PairKey(x, y));
        }
        // Where the first word occurs (a vectorised search), whether the second follows.
        ReadOnlySpan<int> firsts = ids.AsSpan(0, Math.Max(0, words.Length - 1));
        for (int i = firsts.IndexOf(x); i >= 0; i = NextIndexOf(firsts, x, i))
        {
            if (ids[i + 1] == y && IsSpaceBetween(i)) return true;
        }
        return false;
    }

    /// <summary>The position starts a sentence or a block (only spaces, quotes or brackets after . ! ? : or a line break).</summary>
    public bool IsSentenceStart(int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '\u00A0') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> form) => Lexicon.IsPossessiveForm(form) ? form[..^2] : form;

    private static int[] LookUp(string text, Word[] words)
    {
        int[] ids = new int[words.Length];
        Array.Fill(ids, NotLookedUp);
        Lexicon.Instance.IdsOf(text, words, ShortestLookedUp, ids);
        return ids;
    }

    /// <summary>Gives the short words their ids, the first time a question needs them.</summary>
    private void LookUpShortWords()
    {
        if (shortWordsLookedUp) return;
        shortWordsLookedUp = true;
        for (int i = 0; i < words.Length; i++)
        {
            if (ids[i] == NotLookedUp) ids[i] = lexicon.IdOf(Span(i));
        }
        NumberUnknownForms();
    }

    /// <summary>
    /// Gives each word the lexicon lacks (still <see cref="NotInLexicon"/>) its form's document id. They are a few in
    /// a hundred words: a vectorised search finds them.
    /// </summary>
    private void NumberUnknownForms()
    {
        ReadOnlySpan<int> all = ids.AsSpan(0, words.Length);
        for (int i = all.IndexOf(NotInLexicon); i >= 0; i = NextIndexOf(all, NotInLexicon, i))
        {
            ids[i] = unknownForms.IdOfWord(i);
        }
    }

    /// <summary>The id words of this form have, or <see cref="Absent"/> when no word of the document has it.</summary>
    private int IdOf(ReadOnlySpan<char> form) => FormId(form, Lexicon.IsPossessiveForm(form) ? NotInLexicon : lexicon.IdOf(form));

    private ReadOnlySpan<char> Span(int index) => text.AsSpan(words[index].Start, words[index].Length);

    private bool IsUsedAsName(Word w) => char.IsUpper(text[w.Start]) && !IsSentenceStart(w.Start);

    private bool IsSpaceBetween(int index) => text.AsSpan(words[index].End, words[index + 1].Start - words[index].End).IsWhiteSpace();

    /// <summary>The next index after <paramref name="after"/> holding the id, or -1.</summary>
    private static int NextIndexOf(ReadOnlySpan<int> ids, int id, int after)
    {
        int next = ids[(after + 1)..].IndexOf(id);
        return next < 0 ? -1 : after + 1 + next;
    }

    private int CountIds(int id) => ids.AsSpan(0, words.Length).Count(id);

    /// <summary>
    /// Whether to answer the next question by scanning the ids (true) or from the index, which is built the first
    /// time scans have cost as much as building it would. Most articles ask a handful of questions: scanning them
    /// allocates nothing. A long document with many unknown tokens gets the index.
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

    private Counts CountWords()
    {
        LookUpShortWords();
        var result = new Counts(
            new Dictionary<int, int>(words.Length), new Dictionary<int, int>(),
            new Dictionary<int, int>(words.Length, new WordKeyComparer(text, words, WordKeyComparer.Form.Exact)));
        for (int i = 0; i < words.Length; i++)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(result.Uses, ids[i], out _)++;
            if (IsUsedAsName(words[i])) CollectionsMarshal.GetValueRefOrAddDefault(result.AsName, ids[i], out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(result.Exact, i, out _)++;
        }
        return result;
    }

    /// <summary>Every pair of neighbouring words with only white space (or nothing) between them, by form id.</summary>
    private HashSet<long> CollectPairs()
    {
        var set = new HashSet<long>();
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (IsSpaceBetween(i)) set.Add(PairKey(ids[i], ids[i + 1]));
        }
        return set;
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>The document's words counted by form id, and by their exact text (keyed by word index, so no strings).</summary>
    private sealed record Counts(Dictionary<int, int> Uses, Dictionary<int, int> AsName, Dictionary<int, int> Exact);
}

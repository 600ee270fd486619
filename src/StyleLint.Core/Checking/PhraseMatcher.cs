using System.Buffers;
using StyleLint.Analysis;

namespace StyleLint.Checking;

/// <summary>Where a phrase matched: a span of the text and the index of the phrase.</summary>
public readonly record struct PhraseMatch(int Start, int Length, int Phrase)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds many literal words and phrases in one pass. Phrases match on word boundaries; a run of white space in
/// the text matches the single space of a phrase; a typographic apostrophe matches a straight one; matches are
/// leftmost, then longest, and never overlap. Built once per rule, at type load.
/// How: in a document (<see cref="FindAll(AnalyzedDocument, TextSpan, List{PhraseMatch})"/>), when every phrase
/// starts with a letter or digit, the document's letter runs (found once for all rules) are looked up in a table
/// of first words, and the trie of the folded phrases is walked only where a phrase of several words may start.
/// Otherwise, and in plain text, a vectorised scan (<see cref="SearchValues{T}"/>) jumps to the characters that
/// can start a phrase and the trie is walked there.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly string[] phrases;
    private readonly bool ignoreCase;
    private readonly SearchValues<char> firstChars;
    private readonly EdgeTable transitions;
    private readonly int[] terminal;
    private readonly bool[] wordAtStart;
    private readonly bool[] wordAtEnd;
    private readonly bool everyPhraseStartsWithWord;

    // When every phrase starts with a letter or digit (all token lists of the built-in pack), a match can only
    // start where a run of letters and digits starts, and that run, folded, is the phrase's first word. The
    // document's runs, found once for every rule, are looked up in a table of first words instead of walking the
    // trie at every word: a first word that is a whole phrase by itself (and begins no longer one) is the match;
    // otherwise (-1) the trie is walked from there. Null when some phrase starts otherwise.
    private readonly WordTable? firstWords;
    /// <summary>
    /// A 16,384-bit filter of the first words' <see cref="FilterBit"/>: a run whose bit is clear begins no phrase,
    /// which settles most runs without hashing them.
    /// </summary>
    private readonly ulong[] firstWordFilter = new ulong[FilterBits / 64];

    /// <summary>
    /// The number of distinct <see cref="FilterBit(ReadOnlySpan{char})"/> values. The pack's spelling lists put about
    /// 1,000 first words into one case's filter: with 4,096 bits (and a hash that kept words of the same length and
    /// letters at the ends together) a quarter of all runs passed; the prefilter's table is 128 KB a case at this size.
    /// </summary>
    internal const int FilterBits = 1 << FilterHashBits;

    private const int FilterHashBits = 14;

    /// <summary>The filter of first words' bits, or null when phrases are not all looked up from letter runs.</summary>
    internal ulong[]? FirstWordFilter => firstWords == null ? null : firstWordFilter;

    public bool IgnoreCase => ignoreCase;

    /// <summary>The longest first word folded on the stack; a matcher with longer ones reads the document's LowerText.</summary>
    private const int MaxFoldedWord = 128;

    /// <summary>ASCII letters and digits: what a failed candidate skips in one vectorised step.</summary>
    private static readonly SearchValues<char> AsciiWordChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    public PhraseMatcher(string[] phrases, bool ignoreCase)
    {
        this.phrases = phrases;
        this.ignoreCase = ignoreCase;
        wordAtStart = new bool[phrases.Length];
        wordAtEnd = new bool[phrases.Length];

        // A trie has at most one edge per character of the phrases, and at most one first word per phrase.
        string[] normalizedPhrases = new string[phrases.Length];
        int characters = 0;
        for (int p = 0; p < phrases.Length; p++)
        {
            normalizedPhrases[p] = Normalize(phrases[p]);
            characters += normalizedPhrases[p].Length;
        }
        var edges = new EdgeTable(characters);
        var firstWordTable = new WordTable(phrases.Length);
        var ends = new List<int> { -1 };
        var starts = new List<char>();
        for (int p = 0; p < phrases.Length; p++)
        {
            string normalized = normalizedPhrases[p];
            if (normalized.Length == 0) continue;
            AddFirstWord(firstWordTable, normalized, p);
            wordAtStart[p] = char.IsLetterOrDigit(normalized[0]);
            wordAtEnd[p] = char.IsLetterOrDigit(normalized[^1]);
            AddStartChars(normalized[0], starts);

            int node = 0;
            foreach (char c in normalized)
            {
                long key = Key(node, c);
                if (!edges.TryGetValue(key, out int next))
                {
                    next = ends.Count;
                    ends.Add(-1);
                    edges.Add(key, next);
                }
                node = next;
            }
            if (ends[node] < 0) ends[node] = p;
        }

        transitions = edges;
        terminal = ends.ToArray();
        firstChars = SearchValues.Create(starts.ToArray());
        everyPhraseStartsWithWord = phrases.Length > 0;
        foreach (bool word in wordAtStart) everyPhraseStartsWithWord &= word;
        if (everyPhraseStartsWithWord)
        {
            firstWords = firstWordTable;
            foreach (string word in firstWords.Keys)
            {
                int bit = FilterBit(word);
                firstWordFilter[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>Records the phrase's first word: the phrase itself when it is one word and the first such, else -1 (walk the trie).</summary>
    private static void AddFirstWord(WordTable table, string normalized, int phrase)
    {
        int length = 0;
        while (length < normalized.Length && char.IsLetterOrDigit(normalized[length])) length++;
        if (length == 0) return;
        string word = normalized[..length];
        bool whole = length == normalized.Length;
        if (!table.TryGetValue(word, out _)) table.Set(word, whole ? phrase : -1);
        else if (!whole) table.Set(word, -1);     // a longer phrase starts with it: the longest match needs the trie
    }

    public int Count => phrases.Length;

    public string Phrase(int index) => phrases[index];

    /// <summary>
    /// Adds every match inside each of <paramref name="units"/> to the list, in text order: the same matches as
    /// <see cref="FindAll(AnalyzedDocument, TextSpan, List{PhraseMatch})"/> unit after unit. When the units are in
    /// text order and do not overlap (blocks, paragraphs, sentences), the document's candidate runs are walked once
    /// for all of them: the per-unit set-up (two binary searches, the buffer) was most of what a short list cost.
    /// </summary>
    public void FindAll(AnalyzedDocument document, TextSpan[] units, List<PhraseMatch> results)
    {
        if (firstWords == null || !InOrderWithoutOverlap(units))
        {
            foreach (TextSpan unit in units) FindAll(document, unit, results);
            return;
        }
        string text = document.Text;
        bool foldInBuffer = ignoreCase && firstWords.MaxLength <= MaxFoldedWord;
        Span<char> buffer = foldInBuffer ? stackalloc char[MaxFoldedWord] : default;
        string folded = ignoreCase && !foldInBuffer ? document.LowerText : text;
        TextSpan[] runs = document.LetterRuns;
        var walk = new UnitWalk(units);
        if (document.Prefilter?.TryGetCandidates(document, this, out ReadOnlySpan<int> candidates) == true)
        {
            foreach (int k in candidates)
            {
                TextSpan run = runs[k];
                if (!walk.Enter(run)) continue;
                if (walk.Done) return;
                walk.Resume = MatchAtRun(text, folded, buffer, run, walk.Unit, walk.Resume, results);
            }
            return;
        }
        ushort[] bits = document.LetterRunBits(ignoreCase);
        for (int k = 0; k < runs.Length; k++)
        {
            int bit = bits[k];
            if ((firstWordFilter[bit >> 6] & (1UL << bit)) == 0) continue;
            TextSpan run = runs[k];
            if (!walk.Enter(run)) continue;
            if (walk.Done) return;
            walk.Resume = MatchAtRun(text, folded, buffer, run, walk.Unit, walk.Resume, results);
        }
    }

    private static bool InOrderWithoutOverlap(TextSpan[] units)
    {
        for (int u = 1; u < units.Length; u++)
        {
            if (units[u].Start < units[u - 1].End) return false;
        }
        return true;
    }

    /// <summary>
    /// Follows runs in text order through units in text order that do not overlap: which unit holds a run, and
    /// where in that unit the next match may start (its start, until a phrase of several words moves it on).
    /// </summary>
    private struct UnitWalk(TextSpan[] units)
    {
        private int index = 0;
        private int entered = -1;

        public TextSpan Unit => units[index];

        public int Resume;

        /// <summary>True when no unit is left for this or any later run.</summary>
        public readonly bool Done => index == units.Length;

        /// <summary>
        /// Moves to the unit that may hold the run; false when none holds it wholly. True too when
        /// <see cref="Done"/>: the caller stops.
        /// </summary>
        public bool Enter(TextSpan run)
        {
            // Units that end before the run ends cannot hold it, nor can any later run (runs are in text order).
            while (index < units.Length && units[index].End < run.End) index++;
            if (index == units.Length) return true;
            if (run.Start < units[index].Start) return false;
            if (entered != index)
            {
                entered = index;
                Resume = units[index].Start;
            }
            return true;
        }
    }

    /// <summary>Adds every match inside <paramref name="unit"/> of the document's text to the list, in text order.</summary>
    public void FindAll(AnalyzedDocument document, TextSpan unit, List<PhraseMatch> results)
    {
        if (firstWords == null)
        {
            FindAll(document.Text, unit.Start, unit.End, results);
            return;
        }
        // Folding letters and digits is lower-casing them, or nothing. A run that may begin a phrase is lower-cased
        // into this buffer, one character at a time as LowerText would be: the few runs that get this far do not
        // pay for a lower-case copy of the whole text. (A run longer than every first word is no first word.)
        string text = document.Text;
        bool foldInBuffer = ignoreCase && firstWords.MaxLength <= MaxFoldedWord;
        Span<char> buffer = foldInBuffer ? stackalloc char[MaxFoldedWord] : default;
        string folded = ignoreCase && !foldInBuffer ? document.LowerText : text;
        TextSpan[] runs = document.LetterRuns;
        int resume = unit.Start;
        // The runs wholly inside the unit (a run cut by the unit's end holds no whole first word).
        int first = FirstRunAt(runs, unit.Start);
        int end = FirstRunEndingAfter(runs, unit.End);
        if (document.Prefilter?.TryGetCandidates(document, this, out ReadOnlySpan<int> candidates) == true)
        {
            // The pack's prefilter has found the runs whose bit is in this list's filter, for every list at once.
            for (int c = FirstAtLeast(candidates, first); c < candidates.Length && candidates[c] < end; c++)
            {
                resume = MatchAtRun(text, folded, buffer, runs[candidates[c]], unit, resume, results);
            }
            return;
        }
        // The runs' filter bits are the document's, computed once for every token list: most runs are settled by
        // them without reading the run or its text.
        ushort[] bits = document.LetterRunBits(ignoreCase);
        for (int k = first; k < end; k++)
        {
            int bit = bits[k];
            if ((firstWordFilter[bit >> 6] & (1UL << bit)) == 0) continue;
            resume = MatchAtRun(text, folded, buffer, runs[k], unit, resume, results);
        }
    }

    /// <summary>
    /// Adds the match that starts with this run, if any (the run's bit is in the filter); returns where the next
    /// match may start.
    /// </summary>
    /// <param name="folded">The text, or its lower-case copy when the list ignores case and no buffer is given.</param>
    /// <param name="buffer">Where a run is lower-cased when the list ignores case; empty when it does not, or when <paramref name="folded"/> is lower-cased already.</param>
    private int MatchAtRun(string text, string folded, Span<char> buffer, TextSpan run, TextSpan unit, int resume, List<PhraseMatch> results)
    {
        if (run.Start < resume || !firstChars.Contains(text[run.Start])) return resume;
        WordTable words = firstWords!;
        scoped ReadOnlySpan<char> word = folded.AsSpan(run.Start, run.Length);
        if (!buffer.IsEmpty)
        {
            if (run.Length > words.MaxLength) return resume;
            Span<char> lowered = buffer[..run.Length];
            for (int c = 0; c < lowered.Length; c++) lowered[c] = char.ToLowerInvariant(word[c]);
            word = lowered;
        }
        if (!words.TryGetValue(word, out int phrase)) return resume;
        if (phrase >= 0)
        {
            results.Add(new PhraseMatch(run.Start, run.Length, phrase));
            return resume;
        }
        (int longest, int matchEnd) = LongestAt(text, run.Start, unit.End);
        if (longest < 0) return resume;
        results.Add(new PhraseMatch(run.Start, matchEnd - run.Start, longest));
        return matchEnd;
    }

    private static int FirstRunAt(TextSpan[] runs, int position)
    {
        int lo = 0, hi = runs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (runs[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first value at least <paramref name="value"/> in an ascending list.</summary>
    private static int FirstAtLeast(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The first run that ends after <paramref name="position"/> (runs are in order and do not overlap).</summary>
    private static int FirstRunEndingAfter(TextSpan[] runs, int position)
    {
        int lo = 0, hi = runs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (runs[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>A cheap hash of a word's length, first and last two characters, in [0, <see cref="FilterBits"/>).</summary>
    internal static int FilterBit(ReadOnlySpan<char> word) =>
        FilterBit(word.Length, word[0], word.Length > 1 ? word[^2] : '\0', word[^1]);

    /// <summary>
    /// <see cref="FilterBit(ReadOnlySpan{char})"/> of a word of this length with these characters (the one before
    /// the last is '\0' for a one-character word, as it then counts for nothing).
    /// </summary>
    internal static int FilterBit(int length, char first, char beforeLast, char last) =>
        // Two multiplicative hashes, mixed; their top bits are the bit.
        (int)((((uint)length << 16 ^ first) * 0x9E3779B1u ^ ((uint)beforeLast << 16 ^ last) * 0x85EBCA77u) >> (32 - FilterHashBits));

    /// <summary>Adds every match inside [start, end) of the text to the list, in text order.</summary>
    public void FindAll(string text, int start, int end, List<PhraseMatch> results)
    {
        int i = start;
        while (i < end)
        {
            int skip = text.AsSpan(i, end - i).IndexOfAny(firstChars);
            if (skip < 0) return;
            i += skip;

            // A phrase that starts with a letter cannot start inside a word.
            if (everyPhraseStartsWithWord && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                // Nor can one start before this word ends.
                int rest = text.AsSpan(i + 1, end - i - 1).IndexOfAnyExcept(AsciiWordChars);
                i = rest < 0 ? end : i + 1 + rest;
                continue;
            }

            (int phrase, int matchEnd) = LongestAt(text, i, end);
            if (phrase >= 0)
            {
                results.Add(new PhraseMatch(i, matchEnd - i, phrase));
                i = matchEnd;
            }
            else if (everyPhraseStartsWithWord)
            {
                // No phrase starts here, and none can start before this word ends.
                int rest = text.AsSpan(i + 1, end - i - 1).IndexOfAnyExcept(AsciiWordChars);
                i = rest < 0 ? end : i + 1 + rest;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The longest phrase starting at <paramref name="at"/> whose boundaries hold, or (-1, -1).</summary>
    private (int Phrase, int End) LongestAt(string text, int at, int end)
    {
        int node = 0, best = -1, bestEnd = -1;
        bool previousWasSpace = false;
        for (int j = at; j < end; j++)
        {
            char c = Fold(text[j]);
            if (c == ' ')
            {
                if (previousWasSpace) continue;
                previousWasSpace = true;
            }
            else
            {
                previousWasSpace = false;
            }

            if (!transitions.TryGetValue(Key(node, c), out node)) break;
            int phrase = terminal[node];
            if (phrase >= 0 && IsBoundary(text, at, j + 1, wordAtStart[phrase], wordAtEnd[phrase]))
            {
                best = phrase;
                bestEnd = j + 1;
            }
        }
        return (best, bestEnd);
    }

    private static bool IsBoundary(string text, int start, int end, bool wordAtStart, bool wordAtEnd)
    {
        if (wordAtStart && start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;
        if (wordAtEnd && end < text.Length && char.IsLetterOrDigit(text[end])) return false;
        return true;
    }

    /// <summary>Every character of the text that folds to a phrase's first character.</summary>
    private void AddStartChars(char folded, List<char> starts)
    {
        Add(folded);
        if (folded == '\'') Add('\u2019');
        if (ignoreCase)
        {
            Add(char.ToUpperInvariant(folded));
            // Characters whose lower case is this one but are not its simple upper case (e.g. the Kelvin sign).
            if (folded == 'k') Add('\u212A');
            if (folded == 's') Add('\u017F');
        }

        void Add(char c)
        {
            if (!starts.Contains(c)) starts.Add(c);
        }
    }

    private string Normalize(string phrase)
    {
        var builder = new System.Text.StringBuilder(phrase.Length);
        bool space = false;
        foreach (char raw in phrase.Trim())
        {
            char c = Fold(raw);
            if (c == ' ')
            {
                if (space) continue;
                space = true;
            }
            else
            {
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private char Fold(char c)
    {
        if (c == '\u2019') return '\'';
        if (char.IsWhiteSpace(c)) return ' ';
        return ignoreCase ? char.ToLowerInvariant(c) : c;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}

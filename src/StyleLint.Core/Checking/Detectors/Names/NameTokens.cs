using System.Buffers;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>A word of the document with what the name checks need: its stem (possessive removed) and position facts.</summary>
/// <remarks>
/// No references: a document's tokens are one pooled array, read in several passes; without a string per token it
/// is smaller, and it needs no clearing when it goes back to the pool.
/// </remarks>
internal struct NameToken
{
    public int Start;
    public int StemLength;
    /// <summary>For name-like words, the index of their distinct form (<see cref="NameTokens.FormText"/>), else -1.</summary>
    public int Form;
    public int Sentence;
    /// <summary>The word just before, when only a space or a hyphen separates them (part of the same name).</summary>
    public int Previous;
    public char PreviousSeparator;
    public bool NameLike;
    /// <summary>Starts a sentence or a clause; like <see cref="Broken"/>, only worked out for name-like words.</summary>
    public bool Initial;
    public bool InList;
    /// <summary>The first part of a hyphenated name (Spider of Spider-Man).</summary>
    public bool BeforeHyphen;
    /// <summary>Cut short by a character reference in the source (Bernab&amp;#233;u).</summary>
    public bool Broken;
}

/// <summary>
/// The document's words as <see cref="NameToken"/>s. Built from the shared word list without a string per word:
/// name-like stems are numbered as the distinct forms of the document, through the thread's <see cref="FormTable"/>
/// (a form read in an earlier document keeps its string); the checks read other stems as spans. The tokens live in a
/// pooled array, returned when the check is done (<see cref="Dispose"/>).
/// </summary>
internal sealed class NameTokens : IDisposable
{
    private readonly string text;
    private NameToken[] items;
    private readonly int count;
    private int[] names;
    private readonly int nameCount;

    private NameTokens(string text, NameToken[] items, int count, int[] names, int nameCount, FormTable forms)
    {
        this.text = text;
        this.items = items;
        this.count = count;
        this.names = names;
        this.nameCount = nameCount;
        Forms = forms;
    }

    /// <summary>The forms of this document (and of the thread's earlier ones), with what the names data says of them.</summary>
    public FormTable Forms { get; }

    /// <summary>How many distinct name-like stems the document has; they are numbered in order of first use.</summary>
    public int FormCount => Forms.DocumentCount;

    /// <summary>The text of distinct form <paramref name="form"/>.</summary>
    public string FormText(int form) => Forms.Text(Forms.IdOf(form));

    /// <summary>The number of the name-like form written <paramref name="stem"/>, if the document has it.</summary>
    public bool TryGetForm(string stem, out int form) => Forms.TryGetNumber(stem, out form);

    public Span<NameToken> Items => items.AsSpan(0, count);

    public int Length => count;

    /// <summary>The name-like tokens' indices, in text order: the checks that look at names only need not visit every word.</summary>
    public ReadOnlySpan<int> Names => names.AsSpan(0, nameCount);

    public ReadOnlySpan<char> StemSpan(int i) => text.AsSpan(items[i].Start, items[i].StemLength);

    /// <summary>Token <paramref name="i"/>'s stem as a string: its form's for a name-like word, else a new one (rarely asked for).</summary>
    public string Stem(int i) => items[i].NameLike ? FormText(items[i].Form) : text.Substring(items[i].Start, items[i].StemLength);

    // The thread's form table while no document holds it: forms and their facts carry over from one document to the
    // next. A second document read on the thread before the first is disposed gets a table of its own.
    [ThreadStatic]
    private static FormTable? spareForms;

    public void Dispose()
    {
        ArrayPool<NameToken>.Shared.Return(items);
        ArrayPool<int>.Shared.Return(names);
        items = [];
        names = [];
        spareForms = Forms;
    }

    public static NameTokens Read(AnalyzedDocument document)
    {
        string text = document.Text;
        Word[] words = document.Words;
        TextSpan[] sentences = document.Sentences;
        NameToken[] rented = ArrayPool<NameToken>.Shared.Rent(words.Length);
        Span<NameToken> tokens = rented.AsSpan(0, words.Length);
        int[] names = ArrayPool<int>.Shared.Rent(Math.Max(1, words.Length));
        int nameCount = 0;
        // One number per distinct name-like stem: the checks count, cache and compare forms by number.
        FormTable forms = spareForms ?? new FormTable();
        spareForms = null;
        forms.BeginDocument();
        int s = 0;
        int lastSentence = -1;
        // The end of sentence lastSentence: the words before it need no search of the sentence list.
        int sentenceEnd = int.MinValue;
        int previousEnd = 0;
        // The words of the current sentence so far, for MarkList: where they begin and how many are names.
        int runStart = 0, runNames = 0;
        for (int i = 0; i < words.Length; i++)
        {
            Word w = words[i];
            int start = w.Start, end = w.Start + w.Length;
            int sentence;
            bool sentenceStart;
            if (start < sentenceEnd)
            {
                // Still inside the sentence of the word before (most words).
                sentence = lastSentence;
                sentenceStart = false;
            }
            else
            {
                while (s < sentences.Length && sentences[s].End <= start) s++;
                sentence = s < sentences.Length && sentences[s].Start <= start ? s : -1 - i;
                sentenceStart = sentence != lastSentence;
                lastSentence = sentence;
                // A word outside every sentence is a sentence of its own: the next word searches again.
                sentenceEnd = sentence >= 0 ? sentences[s].End : int.MinValue;
                if (sentenceStart)
                {
                    MarkList(tokens[runStart..i], runNames);
                    runStart = i;
                    runNames = 0;
                }
            }

            // Most words are not names: they need only their place and stem length, so the tests are ordered to
            // settle them first (a possessive ending, then the first letter, asked without a call for ASCII).
            int stemLength = w.Length > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '\u2019' ? w.Length - 2 : w.Length;
            ref NameToken token = ref tokens[i];
            token = new NameToken
            {
                Start = start,
                StemLength = stemLength,
                Form = -1,
                Sentence = sentence,
                Previous = -1,
            };
            if (stemLength >= 3 && StartsUpper(text[start]))
            {
                ReadOnlySpan<char> stem = text.AsSpan(start, stemLength);
                if (IsNameLike(stem))
                {
                    runNames++;
                    names[nameCount++] = i;
                    token.Form = forms.Number(stem);
                    token.NameLike = true;
                    // Where a clause opens matters only for names (a name at the start may be a capitalised word).
                    token.Initial = sentenceStart || OpensClause(text, start);
                    token.Broken = end < text.Length && text[end] == '&';
                }
            }
            if (i > 0 && !sentenceStart && start - previousEnd == 1)
            {
                char between = text[previousEnd];
                if (between is ' ' or '-' or '\u00A0')
                {
                    token.Previous = i - 1;
                    token.PreviousSeparator = between;
                    if (between == '-') tokens[i - 1].BeforeHyphen = true;
                }
            }
            previousEnd = end;
        }
        MarkList(tokens[runStart..], runNames);
        return new NameTokens(text, rented, words.Length, names, nameCount, forms);
    }

    /// <summary>The word starts a clause: after an opening quotation mark, a bracket, a colon or a dash.</summary>
    private static bool OpensClause(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        if (k < 0) return true;
        return text[k] is '"' or '\u201C' or '\u2018' or '(' or '[' or ':' or '\u2014' or '\u2013' or '\n' or '|';
    }

    /// <summary><see cref="char.IsUpper(char)"/>, answered inline for ASCII (most words).</summary>
    private static bool StartsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary>Capitalised, with a lower-case letter, letters only (apostrophes inside: O'Neill).</summary>
    internal static bool IsNameLike(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3 || !char.IsUpper(stem[0])) return false;
        bool lower = false;
        foreach (char c in stem)
        {
            // ASCII (most letters) answered inline, the same as char.IsLower and char.IsLetter answer.
            if ((uint)(c - 'a') <= 'z' - 'a') lower = true;
            else if ((uint)(c - 'A') <= 'Z' - 'A') continue;
            else if (c < 128 ? c != '\'' : !NonAsciiNameLetter(c, ref lower)) return false;
        }
        return lower;
    }

    /// <summary>A letter or apostrophe beyond ASCII; <paramref name="lower"/> set when it is a lower-case letter.</summary>
    private static bool NonAsciiNameLetter(char c, ref bool lower)
    {
        if (char.IsLower(c)) return lower = true;
        return char.IsLetter(c) || WordTokenizer.IsApostrophe(c);
    }

    /// <summary>A sentence that is mostly capitalised words (line-ups, results, lists of names): its words are marked.</summary>
    private static void MarkList(Span<NameToken> sentence, int names)
    {
        if (names >= 4 && names * 2 >= sentence.Length)
        {
            foreach (ref NameToken token in sentence) token.InList = true;
        }
    }
}

using StyleLint.Checking;
using StyleLint.Markup;

namespace StyleLint.Analysis;

/// <summary>
/// The shared analysis of one document, done once and read by every checker: blocks, sentences, words,
/// quotations, and the spans each rule scope covers. Checkers see this, never the raw file.
/// </summary>
public sealed class AnalyzedDocument
{
    private readonly TextSpan[]?[] unitsByScope = new TextSpan[]?[Enum.GetValues<RuleScope>().Length];
    private TextSpan[]? sentences;
    private TextSpan[]? quotes;
    private QuoteAnalysis? quoteAnalysis;
    private Word[]? words;
    private TextSpan[]? masks;
    private TextSpan[]? letterRuns;
    private ushort[]? letterRunBits;
    private ushort[]? lowerLetterRunBits;
    private string? lowerText;
    private TextSpan[]? digitUnits;
    private bool[]? unitHasDigit;
    private FirstWordPrefilter? candidatesOf;
    private FirstWordPrefilter.Candidates? exactCandidates, foldedCandidates;

    public AnalyzedDocument(ProseDocument prose)
    {
        Prose = prose;
        Text = prose.Text;
        Blocks = prose.Blocks;
    }

    public ProseDocument Prose { get; }

    /// <summary>The newsroom's own names (config <c>names:</c>): name-aware detectors take them as correct.</summary>
    public IReadOnlyList<string> HouseNames { get; init; } = [];

    /// <summary>
    /// The pack's shared first test of its token lists (<see cref="FirstWordPrefilter"/>), set by the
    /// <see cref="Engine.Linter"/>; without it each token list tests every letter run itself, with the same findings.
    /// </summary>
    public FirstWordPrefilter? Prefilter { get; init; }

    /// <summary>Words the newsroom allows as written (config <c>allow:</c>): detectors may use them as evidence too.</summary>
    public IReadOnlyList<string> AllowedWords { get; init; } = [];

    /// <summary>The analysed prose: blocks joined by blank lines.</summary>
    public string Text { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public TextSpan[] Sentences => sentences ??= ComputeSentences();

    /// <summary>The content of every quotation, double and single (nested inside its double), in text order.</summary>
    public TextSpan[] Quotes => quotes ??= ComputeQuotes();

    /// <summary>Every quotation with its marks and paragraph continuations, and every quotation mark's role.</summary>
    public QuoteAnalysis QuoteAnalysis => quoteAnalysis ??= QuoteFinder.Analyze(Text, Blocks);

    /// <summary>The words, built from <see cref="LetterRuns"/> (a word is one or more runs) rather than a second scan.</summary>
    public Word[] Words => words ??= WordTokenizer.Tokenize(Text, LetterRuns);

    /// <summary>
    /// Every maximal run of letters and digits (<see cref="char.IsLetterOrDigit(char)"/>), in text order: the words
    /// that literal token lists match, found once for all rules.
    /// </summary>
    public TextSpan[] LetterRuns => letterRuns ??= LetterRunFinder.Find(Text);

    /// <summary>
    /// For each of <see cref="LetterRuns"/>, its bit in a token list's filter of first words
    /// (<see cref="PhraseMatcher"/>), of the run as written or lower-cased: the first test every token-list rule makes
    /// of every run, computed once for all of them.
    /// </summary>
    public ushort[] LetterRunBits(bool lowerCase) =>
        lowerCase ? lowerLetterRunBits ??= ComputeRunBits(lowerCase: true) : letterRunBits ??= ComputeRunBits(lowerCase: false);

    // The bit reads only a run's length and three of its characters: those are lower-cased here, one at a time as
    // LowerText does, so the lower-case bits need no lower-case copy of the text.
    private ushort[] ComputeRunBits(bool lowerCase)
    {
        TextSpan[] runs = LetterRuns;
        string text = Text;
        var bits = new ushort[runs.Length];
        for (int k = 0; k < runs.Length; k++)
        {
            TextSpan run = runs[k];
            char first = text[run.Start], last = text[run.End - 1], beforeLast = run.Length > 1 ? text[run.End - 2] : '\0';
            if (lowerCase)
            {
                first = char.ToLowerInvariant(first);
                last = char.ToLowerInvariant(last);
                beforeLast = char.ToLowerInvariant(beforeLast);
            }
            bits[k] = (ushort)PhraseMatcher.FilterBit(run.Length, first, beforeLast, last);
        }
        return bits;
    }

    /// <summary>
    /// The candidate runs of every token list of a prefilter (<see cref="FirstWordPrefilter"/>), of the lists that
    /// ignore case or of the others: found in one pass for all of them, the first time one asks.
    /// </summary>
    internal FirstWordPrefilter.Candidates FirstWordCandidates(FirstWordPrefilter prefilter, bool ignoreCase)
    {
        if (!ReferenceEquals(prefilter, candidatesOf))
        {
            // A document is linted by one pack; another prefilter asking starts afresh.
            candidatesOf = prefilter;
            exactCandidates = foldedCandidates = null;
        }
        return ignoreCase
            ? foldedCandidates ??= prefilter.Find(this, ignoreCase: true)
            : exactCandidates ??= prefilter.Find(this, ignoreCase: false);
    }

    /// <summary>The text lower-cased one character at a time (<see cref="char.ToLowerInvariant"/>), for case-insensitive lookups.</summary>
    public string LowerText => lowerText ??= string.Create(Text.Length, Text, static (lower, text) =>
    {
        for (int i = 0; i < text.Length; i++) lower[i] = char.ToLowerInvariant(text[i]);
    });

    /// <summary>
    /// For each of <paramref name="units"/> (the array <see cref="Units"/> gave for a scope), whether it holds a
    /// decimal digit (<see cref="char.IsDigit(char)"/>, what \d matches): patterns that need one skip the others.
    /// Found once per scope and document.
    /// </summary>
    public bool[] UnitsWithDigits(TextSpan[] units)
    {
        if (ReferenceEquals(units, digitUnits)) return unitHasDigit!;
        var found = new bool[units.Length];
        for (int u = 0; u < units.Length; u++) found[u] = HasDigit(Text.AsSpan(units[u].Start, units[u].Length));
        digitUnits = units;
        unitHasDigit = found;
        return found;
    }

    private static bool HasDigit(ReadOnlySpan<char> span)
    {
        if (span.ContainsAnyInRange('0', '9')) return true;
        // Other decimal digits (Arabic-Indic, full-width…) are not ASCII: only text with such characters is read again.
        if (!span.ContainsAnyExceptInRange('\0', '\u007F')) return false;
        foreach (char c in span)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>URLs, addresses, handles: spans no finding may touch.</summary>
    public TextSpan[] Masks => masks ??= MaskFinder.Find(Text);

    /// <summary>The units a rule of this scope looks at, in text order. A match must fit inside one.</summary>
    public TextSpan[] Units(RuleScope scope) => unitsByScope[(int)scope] ??= ComputeUnits(scope);

    public bool IsMasked(int start, int end)
    {
        foreach (TextSpan mask in Masks)
        {
            if (start < mask.End && end > mask.Start) return true;
        }
        return false;
    }

    private TextSpan[] ComputeUnits(RuleScope scope) => scope switch
    {
        RuleScope.Text => Blocks.Select(b => b.Span).ToArray(),
        RuleScope.Paragraph => Blocks.Where(b => !b.IsHeading).Select(b => b.Span).ToArray(),
        RuleScope.Heading => Blocks.Where(b => b.IsHeading).Select(b => b.Span).ToArray(),
        RuleScope.Sentence => Sentences,
        RuleScope.Quote => Quotes,
        RuleScope.NonQuote => ComputeNonQuotes(),
        _ => [],
    };

    private TextSpan[] ComputeSentences()
    {
        var list = new List<TextSpan>();
        foreach (Block block in Blocks) SentenceSplitter.Split(Text, block.Span, list);
        return list.ToArray();
    }

    private TextSpan[] ComputeQuotes() => QuoteAnalysis.Quotations.Select(q => q.Content).ToArray();

    /// <summary>Each block minus its quotations (marks included), as separate units.</summary>
    private TextSpan[] ComputeNonQuotes()
    {
        var list = new List<TextSpan>();
        TextSpan[] all = Quotes;
        int q = 0;
        foreach (Block block in Blocks)
        {
            int cursor = block.Span.Start;
            while (q < all.Length && all[q].Start < block.Span.End)
            {
                TextSpan quote = all[q++];
                if (quote.End <= cursor) continue;
                int quoteStart = Math.Max(block.Span.Start, quote.Start - 1);      // the opening mark
                if (quoteStart > cursor) list.Add(TextSpan.FromBounds(cursor, quoteStart));
                cursor = Math.Min(block.Span.End, quote.End + 1);                     // the closing mark
            }
            if (block.Span.End > cursor) list.Add(TextSpan.FromBounds(cursor, block.Span.End));
        }
        return list.ToArray();
    }
}

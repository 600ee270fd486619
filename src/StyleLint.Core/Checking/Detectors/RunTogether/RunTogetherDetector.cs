using System.Buffers;
using System.Collections.Frozen;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// The <c>runtogether</c> detector kind: words joined without a space (<c>weekon</c>, <c>inNew</c>,
/// <c>Trump’sadministration</c>), reported with the split as the suggestion so that <c>--fix</c> can apply it.
/// Known words cost one lexicon lookup on a span; only tokens the lexicon does not know are segmented.
/// Options: <c>allow</c>, words never flagged (house names, product names).
/// </summary>
public sealed class RunTogetherDetector
{
    /// <summary>Punctuation that ends a phrase (a string of more than five chars would be analysed on every call).</summary>
    private static readonly SearchValues<char> PhraseEnds = SearchValues.Create(".,;:!?)\n");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> allow;
    private readonly Lazy<Segmenter> segmenter = new(() => new Segmenter(Lexicon.Instance));

    public RunTogetherDetector(DetectorOptions options)
    {
        allow = options.GetList("allow").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The joins of one document, in text order, adjacent ones merged (<c>inNew Yorkthat</c> → <c>in New York that</c>).</summary>
    public IReadOnlyList<(int Start, int Length, string Suggestion)> Find(AnalyzedDocument document)
    {
        string text = document.Text;
        Word[] words = document.Words;
        Lexicon lexicon = Lexicon.Instance;
        List<(int Start, int Length, string Suggestion)>? found = null;
        DocumentContext? context = null;
        // Every word this check looks at is looked up once; the ids are kept for the document's context, which
        // compares words by them.
        int[] ids = ArrayPool<int>.Shared.Rent(words.Length);
        int[] unknown = ArrayPool<int>.Shared.Rent(words.Length);
        try
        {
            ids.AsSpan(0, words.Length).Fill(DocumentContext.NotLookedUp);
            lexicon.IdsOf(text, words, DocumentContext.ShortestLookedUp, ids);
            // The words the lexicon lacks, a few in a hundred (short words are not looked up, so none of them is
            // among these), found by a vectorised search; the context gives them ids of its own below.
            int unknownCount = 0;
            ReadOnlySpan<int> looked = ids.AsSpan(0, words.Length);
            for (int at = 0, next; (next = looked[at..].IndexOf(DocumentContext.NotInLexicon)) >= 0; at += next + 1)
            {
                unknown[unknownCount++] = at + next;
            }
            foreach (int i in unknown.AsSpan(0, unknownCount))
            {
                Word word = words[i];
                ReadOnlySpan<char> span = text.AsSpan(word.Start, word.Length);
                if (lexicon.IsKnownPossessive(span) || allow.Contains(span)) continue;
                if (IsPartOfAddress(text, word)) continue;

                context ??= new DocumentContext(text, words, lexicon, ids);
                string? suggestion = span.ContainsAnyInRange('0', '9')
                    ? SplitDigits(span, lexicon)
                    : SplitLetters(span, i, context);
                if (suggestion == null) continue;

                found ??= new List<(int, int, string)>();
                if (found.Count > 0 && found[^1].Start + found[^1].Length < word.Start
                    && text.AsSpan(found[^1].Start + found[^1].Length, word.Start - found[^1].Start - found[^1].Length) is { } gap
                    && gap.Length == 1 && gap[0] == ' ')
                {
                    // Two joins in a row are one slip for the reader: report them together.
                    (int start, int length, string previous) = found[^1];
                    found[^1] = (start, word.End - start, previous + " " + suggestion);
                }
                else
                {
                    found.Add((word.Start, word.Length, suggestion));
                }
            }
        }
        finally
        {
            context?.Release();
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(unknown);
        }
        return found ?? (IReadOnlyList<(int, int, string)>)[];
    }

    public void Check(Checker checker, AnalyzedDocument document, FindingSink sink)
    {
        foreach ((int start, int length, string suggestion) in Find(document))
        {
            sink.Report(checker.Rule, start, length, [suggestion]);
        }
    }

    private string? SplitLetters(ReadOnlySpan<char> span, int index, DocumentContext context)
    {
        // A form the document uses twice is the writer's spelling, not a slip (TimeWarner, Gazprom; Mefin, Mefin's).
        if (context.CountWithPossessive(index) > 1) return null;
        string token = span.ToString();
        Segmentation? split = segmenter.Value.Split(token, context.Words[index].Start, context, NextWord(context, index));
        return split is { IsJoin: true } ? split.Suggestion : null;
    }

    /// <summary>Why the word at this index is or is not flagged: for the evaluation's list of misses and for tests.</summary>
    internal string Explain(AnalyzedDocument document, int index) => Analyse(document, index, out string status)?.ToString() ?? status;

    /// <summary>The best split of the word at this index with its verdict, or null and why there is none.</summary>
    internal Segmentation? Analyse(AnalyzedDocument document, int index, out string status)
    {
        Word word = document.Words[index];
        ReadOnlySpan<char> span = document.Text.AsSpan(word.Start, word.Length);
        status = "";
        if (word.Length < 3) status = "short";
        else if (Lexicon.Instance.IsKnown(span)) status = "a known word";
        else if (allow.Contains(span)) status = "allowed";
        else if (IsPartOfAddress(document.Text, word)) status = "part of an address";
        else if (span.ContainsAnyInRange('0', '9')) status = SplitDigits(span, Lexicon.Instance) ?? "digits";
        if (status.Length > 0) return null;
        var context = new DocumentContext(document.Text, document.Words);
        if (context.CountWithPossessive(span) > 1)
        {
            status = "used twice";
            return null;
        }
        status = "no split into good words";
        return segmenter.Value.Split(span.ToString(), word.Start, context, NextWord(context, index));
    }

    /// <summary>in2004 → in 2004, 2004and → 2004 and: a function word glued to a number (not 10am, 3bn, 1960s, MP3).</summary>
    private static string? SplitDigits(ReadOnlySpan<char> span, Lexicon lexicon)
    {
        int firstDigit = span.IndexOfAnyInRange('0', '9');
        int lastDigit = span.LastIndexOfAnyInRange('0', '9');
        ReadOnlySpan<char> digits = span[firstDigit..(lastDigit + 1)];
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c)) return null;
        }
        if (firstDigit > 0 && lastDigit == span.Length - 1)
        {
            ReadOnlySpan<char> letters = span[..firstDigit];
            if (IsGlueWord(letters)) return letters.ToString() + " " + digits.ToString();
        }
        else if (firstDigit == 0 && lastDigit < span.Length - 1)
        {
            ReadOnlySpan<char> letters = span[(lastDigit + 1)..];
            if (IsGlueWord(letters) && !letters.Equals("in", StringComparison.OrdinalIgnoreCase)) return digits.ToString() + " " + letters.ToString();
        }
        return null;

        bool IsGlueWord(ReadOnlySpan<char> letters) =>
            letters.Length >= 2 && !letters.Equals("am", StringComparison.OrdinalIgnoreCase)
            && WordClasses.FunctionSpans.Contains(letters) && lexicon.Contains(letters)
            && (ShapeIsLower(letters));
    }

    private static bool ShapeIsLower(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsUpper(c)) return false;
        }
        return true;
    }

    private static string? NextWord(DocumentContext context, int index)
    {
        if (index + 1 >= context.Words.Length) return null;
        Word current = context.Words[index], next = context.Words[index + 1];
        // Sentence punctuation or a line break between: the token ends its phrase ("the" cannot end it).
        return context.Text.AsSpan(current.End, next.Start - current.End).ContainsAny(PhraseEnds) ? null : context.Text.Substring(next.Start, next.Length);
    }

    /// <summary>
    /// Part of a web or e-mail address, a handle or a hashtag. The document's masks cover URLs, addresses, handles and
    /// hashtags (findings there are dropped); this also catches domains the masks do not know (example.biz).
    /// A slash alone is no address: left/rightof is checked.
    /// </summary>
    private static bool IsPartOfAddress(string text, Word word)
    {
        char before = word.Start > 0 ? text[word.Start - 1] : ' ';
        char after = word.End < text.Length ? text[word.End] : ' ';
        char afterNext = word.End + 1 < text.Length ? text[word.End + 1] : ' ';
        if (before is '@' or '#' or '.' or '_' or '\\') return true;
        if (after is '@' or '_' or '\\') return true;
        return after == '.' && char.IsLetterOrDigit(afterNext);
    }
}

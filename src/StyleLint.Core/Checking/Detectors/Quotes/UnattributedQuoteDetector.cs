using System.Collections.Frozen;
using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.Quotes;

/// <summary>
/// <c>kind: unattributedquote</c>: a quotation of a full clause whose speaker is named nowhere it should be.
/// <para>
/// A quotation is attributed by a speech cue (said, told, wrote, according to, in a statement…; see
/// <see cref="SpeechCues"/>) outside quotation marks in its own sentence or in the sentence before or after it in
/// its paragraph; by a lead-in (<c>X said:</c>, <c>The cable included a warning:</c>); by a dialogue tag
/// (<c>“…,” smiles one broker</c>); by an attributed quotation earlier in its paragraph (a chain); or by the
/// quotation it continues from the previous paragraph. A quotation that opens its paragraph may also lean on the
/// previous paragraph: with <c>style: strict</c> (the default, wire style) only when that paragraph ended with an
/// attributed direct quotation (a full one, or a partial one of three words or more in a sentence with a speech cue:
/// <c>…, calling the move "a raid on the poor", she said.</c>); with <c>style: relaxed</c> also when it named a
/// speaker in indirect speech.
/// </para>
/// <para>
/// Not quotations needing a speaker: fewer than three words (scare quotes), a quotation starting in lower case (a
/// partial quote woven into a sentence), one mostly in capitalised words (a title), one that a sentence runs into
/// (<c>the slogan "…"</c>) or on from without punctuation (<c>"Siri, turn off the lights" is…</c>: an example or a
/// name). Headings, block quotes and table cells are not checked. At most one finding per paragraph: the quotations
/// after an unattributed one are its chain.
/// </para>
/// Options: <c>style</c> (strict | relaxed), <c>verbs</c> (more speech cues, lower case).
/// </summary>
public sealed class UnattributedQuoteDetector
{
    /// <summary>A quotation of fewer words is a phrase, not a full clause.</summary>
    public const int MinimumWords = 3;

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "is", "it",
        "be", "my", "your", "his", "her", "our", "their", "me", "you", "vs", "v", "into", "up", "out", "off",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestFunctionWord = FunctionWords.Max(w => w.Length);

    private readonly bool relaxed;
    private readonly FrozenSet<string> extraCues;

    public UnattributedQuoteDetector(DetectorOptions options)
    {
        string style = options.GetString("style", "strict");
        relaxed = style switch
        {
            "strict" => false,
            "relaxed" => true,
            _ => throw new ArgumentException($"unattributedquote: style '{style}' is not known; write strict or relaxed.", nameof(options)),
        };
        extraCues = options.GetList("verbs").Select(v => v.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    public bool IsRelaxed => relaxed;

    public void Check(Checker checker, AnalyzedDocument document, FindingSink sink)
    {
        foreach (TextSpan span in Find(document)) sink.Report(checker.Rule, span.Start, span.Length, []);
    }

    private enum Verdict
    {
        None,

        /// <summary>Not a quotation that needs a speaker: a phrase, a partial quote, a title.</summary>
        Exempt,
        Attributed,
        Unattributed,
    }

    /// <summary>
    /// What the next paragraph may lean on. Whether the paragraph names a speaker (a cue in any sentence) is asked of
    /// it only when the next one needs it, with style relaxed: finding out reads every word of the paragraph.
    /// </summary>
    private readonly record struct ParagraphEnd(bool EndedWithAttributedQuote, Paragraph Paragraph);

    /// <summary>The spans (quotation with its marks) of the unattributed quotations of a document.</summary>
    public List<TextSpan> Find(AnalyzedDocument document)
    {
        var found = new List<TextSpan>();
        Quotation[] quotes = document.QuoteAnalysis.Quotations.Where(q => q.Kind == QuoteKind.Double).ToArray();
        var context = new Context(document, quotes, extraCues);
        TextSpan[] sentences = document.Sentences;
        int nextQuote = 0, nextSentence = 0;
        Verdict previousVerdict = Verdict.None;
        ParagraphEnd? previousParagraph = null;

        foreach (Block block in document.Blocks)
        {
            TextSpan span = block.Span;
            int firstQuote = nextQuote;
            while (nextQuote < quotes.Length && quotes[nextQuote].Open < span.End) nextQuote++;
            int firstSentence = nextSentence;
            while (nextSentence < sentences.Length && sentences[nextSentence].Start < span.End) nextSentence++;

            if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem))
            {
                previousParagraph = null;
                previousVerdict = Verdict.None;
                continue;
            }

            var paragraph = new Paragraph(span, firstQuote, nextQuote, firstSentence, nextSentence);
            Verdict[] verdicts = paragraph.QuoteCount == 0 ? [] : new Verdict[paragraph.QuoteCount];
            bool chain = false, reported = false;
            int contentStart = span.Start;
            while (contentStart < span.End && char.IsWhiteSpace(document.Text[contentStart])) contentStart++;

            for (int k = 0; k < paragraph.QuoteCount; k++)
            {
                int index = firstQuote + k;
                Quotation quote = quotes[index];
                Verdict verdict = context.Judge(index, paragraph);

                if (quote.ContinuesPrevious && verdict != Verdict.Attributed)
                {
                    // A paragraph continuing an open quotation has its first paragraph's speaker; an unattributed one
                    // is reported once, at its first paragraph.
                    verdict = previousVerdict == Verdict.Attributed ? Verdict.Attributed : Verdict.Exempt;
                    if (previousVerdict == Verdict.Unattributed) reported = true;
                }
                if (verdict == Verdict.Unattributed && chain) verdict = Verdict.Attributed;
                if (verdict == Verdict.Unattributed && quote.Open == contentStart && previousParagraph is { } before
                    && (before.EndedWithAttributedQuote || (relaxed && context.NamesASpeaker(before.Paragraph))))
                {
                    verdict = Verdict.Attributed;
                }

                if (verdict == Verdict.Unattributed)
                {
                    if (!reported) found.Add(quote.Span);
                    reported = true;
                }
                else if (verdict == Verdict.Attributed)
                {
                    chain = true;
                }
                verdicts[k] = verdict;
                previousVerdict = verdict;
            }

            previousParagraph = context.Summarize(paragraph, verdicts);
        }
        return found;
    }

    /// <summary>A block's quotations and sentences, as index ranges.</summary>
    private readonly record struct Paragraph(TextSpan Span, int FirstQuote, int EndQuote, int FirstSentence, int EndSentence)
    {
        public int QuoteCount => EndQuote - FirstQuote;
    }

    /// <summary>The per-document reading: text, words, sentences and quotations. Local to one call.</summary>
    private sealed class Context(AnalyzedDocument document, Quotation[] quotes, FrozenSet<string> extraCues)
    {
        private readonly string text = document.Text;
        private readonly Word[] words = document.Words;
        private readonly TextSpan[] sentences = document.Sentences;
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> extraCueLookup = extraCues.GetAlternateLookup<ReadOnlySpan<char>>();

        public Verdict Judge(int index, Paragraph paragraph)
        {
            Quotation quote = quotes[index];
            TextSpan content = quote.Content;
            (int firstWord, int endWord) = WordRange(content.Start, content.End);
            if (endWord - firstWord < MinimumWords) return Verdict.Exempt;
            int firstLetter = content.Start;
            while (firstLetter < content.End && !char.IsLetterOrDigit(text[firstLetter])) firstLetter++;
            if (firstLetter < content.End && char.IsLower(text[firstLetter])) return Verdict.Exempt;
            if (IsTitle(firstWord, endWord)) return Verdict.Exempt;

            // The quotation's own sentences (it may run over several), and what lies outside it in them.
            TextSpan whole = quote.Span;
            int first = paragraph.FirstSentence, last = paragraph.EndSentence - 1;
            for (int s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
            {
                if (sentences[s].End <= whole.Start) first = s + 1;
                if (sentences[s].Start < whole.End) last = s;
            }
            if (first > last) first = last;
            int sentenceStart = first >= paragraph.FirstSentence && first < paragraph.EndSentence ? Math.Min(sentences[first].Start, whole.Start) : paragraph.Span.Start;
            int sentenceEnd = last >= paragraph.FirstSentence && last < paragraph.EndSentence ? Math.Max(sentences[last].End, whole.End) : paragraph.Span.End;
            var before = TextSpan.FromBounds(sentenceStart, whole.Start);
            var after = TextSpan.FromBounds(whole.End, sentenceEnd);

            if (HasCue(before) || HasCue(after)) return Verdict.Attributed;

            char leadIn = LastNonSpace(before);
            if (leadIn == ':') return Verdict.Attributed;
            // A sentence that runs into the quotation (the slogan "…", he "…") weaves it in.
            if (HasWordOutsideQuotes(before) && leadIn is not (',' or '\u2014' or '\u2013' or '-' or '(')) return Verdict.Exempt;

            if (quote.IsClosed && FirstWordOutsideQuotes(after) is { } tag)
            {
                char end = LastNonSpace(content);
                // A dialogue tag: “…,” smiles one broker; “…?” asked Smith.
                if (end == ',' || (end is '?' or '!' or '\u2014' or '\u2013' or '-' or '\u2026' && char.IsLower(text[tag.Start]))) return Verdict.Attributed;
                // A sentence that runs on from the quotation without punctuation uses it as a name or an example.
                if (char.IsLetterOrDigit(end) && !text.AsSpan(whole.End, tag.Start - whole.End).ContainsAny('.', '!', '?')) return Verdict.Exempt;
            }

            // The sentence before or after, in the same paragraph.
            if (first - 1 >= paragraph.FirstSentence)
            {
                TextSpan previous = sentences[first - 1];
                if (HasCue(previous) || LastNonSpace(previous) == ':') return Verdict.Attributed;
            }
            if (last + 1 < paragraph.EndSentence && HasCue(sentences[last + 1])) return Verdict.Attributed;
            return Verdict.Unattributed;
        }

        public ParagraphEnd Summarize(Paragraph paragraph, Verdict[] verdicts)
        {
            if (paragraph.EndSentence == paragraph.FirstSentence) return new ParagraphEnd(false, paragraph);
            TextSpan lastSentence = sentences[paragraph.EndSentence - 1];
            bool endedWithQuote = false;
            for (int k = 0; k < verdicts.Length && !endedWithQuote; k++)
            {
                Quotation quote = quotes[paragraph.FirstQuote + k];
                if (quote.Span.End <= lastSentence.Start) continue;
                // A full quotation with its speaker, or the speaker's own words quoted in part in a sentence that
                // attributes them (…, calling the move "a raid on the poor", she said.).
                endedWithQuote = verdicts[k] == Verdict.Attributed || (IsDirectPartial(quote) && HasCue(lastSentence));
            }
            return new ParagraphEnd(endedWithQuote, paragraph);
        }

        /// <summary>A speech cue in any sentence of the paragraph: it names a speaker, in direct or indirect speech.</summary>
        public bool NamesASpeaker(Paragraph paragraph)
        {
            for (int s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
            {
                if (HasCue(sentences[s])) return true;
            }
            return false;
        }

        /// <summary>A partial quotation of at least a few words that is not a title: the speaker's words, not a scare quote.</summary>
        private bool IsDirectPartial(Quotation quote)
        {
            (int firstWord, int endWord) = WordRange(quote.Content.Start, quote.Content.End);
            return endWord - firstWord >= MinimumWords && !IsTitle(firstWord, endWord);
        }

        /// <summary>Mostly capitalised words: a title (Do They Know It's Christmas?), not speech.</summary>
        private bool IsTitle(int firstWord, int endWord)
        {
            int capitalised = 0, counted = 0;
            Span<char> buffer = stackalloc char[LowerBuffer];
            for (int w = firstWord; w < endWord; w++)
            {
                Word word = words[w];
                if (!char.IsLetter(text[word.Start])) continue;
                // Only a word as short as the longest function word needs lower-casing and looking up.
                if (word.Length <= LongestFunctionWord && FunctionWordLookup.Contains(Lower(text.AsSpan(word.Start, word.Length), buffer))) continue;
                counted++;
                if (char.IsUpper(text[word.Start])) capitalised++;
                // A title needs three in four counted words capitalised: once the lower-case ones are more than a
                // third of what the rest could add to the capitalised, the answer is no (most quotations are speech).
                int lower = counted - capitalised;
                if (3 * lower > capitalised + (endWord - w - 1)) return false;
            }
            return counted >= 2 && capitalised * 4 >= counted * 3;
        }

        /// <summary>Words up to this long are lower-cased on the stack; longer ones (never a cue) in a new array.</summary>
        private const int LowerBuffer = 32;

        /// <summary>The word lower-cased as <see cref="string.ToLowerInvariant()"/> does, into <paramref name="buffer"/> when it fits.</summary>
        private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
        {
            Span<char> target = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(target);
            return target;
        }

        /// <summary>A speech cue outside quotation marks in a span.</summary>
        private bool HasCue(TextSpan span)
        {
            (int firstWord, int endWord) = WordRange(span.Start, span.End);
            Span<char> buffer = stackalloc char[LowerBuffer];
            Span<char> nextBuffer = stackalloc char[LowerBuffer];
            for (int w = firstWord; w < endWord; w++)
            {
                Word word = words[w];
                if (InQuote(word.Start)) continue;
                // A capitalised cue word inside a sentence is a name (United States, Said Business School).
                if (char.IsUpper(text[word.Start]) && !StartsSentence(word.Start)) continue;
                ReadOnlySpan<char> lower = Lower(text.AsSpan(word.Start, word.Length), buffer);
                if (SpeechCues.IsCue(lower) || extraCueLookup.Contains(lower)) return true;
                if (w + 1 < endWord && !InQuote(words[w + 1].Start)
                    && SpeechCues.IsCuePair(lower, Lower(text.AsSpan(words[w + 1].Start, words[w + 1].Length), nextBuffer))
                    && (!lower.SequenceEqual("words") || PrecededBy(w, "in")))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>"in his words", "in the words of": the word two or three before is "in".</summary>
        private bool PrecededBy(int w, string lowerWord)
        {
            for (int back = 1; back <= 3 && w - back >= 0; back++)
            {
                Word word = words[w - back];
                if (text.AsSpan(word.Start, word.Length).Equals(lowerWord, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        private bool StartsSentence(int at)
        {
            int s = Array.BinarySearch(sentences, new TextSpan(at, 0), SentenceStartComparer.Instance);
            if (s >= 0) return true;
            int containing = ~s - 1;
            if (containing < 0) return true;
            int i = sentences[containing].Start;
            while (i < at && !char.IsLetterOrDigit(text[i])) i++;
            return i == at;
        }

        private bool HasWordOutsideQuotes(TextSpan span) => FirstWordOutsideQuotes(span) != null;

        private Word? FirstWordOutsideQuotes(TextSpan span)
        {
            (int firstWord, int endWord) = WordRange(span.Start, span.End);
            for (int w = firstWord; w < endWord; w++)
            {
                if (!InQuote(words[w].Start)) return words[w];
            }
            return null;
        }

        private bool InQuote(int at)
        {
            int lo = 0, hi = quotes.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (quotes[mid].Open < at) lo = mid + 1;
                else hi = mid - 1;
            }
            // quotes[hi] is the last quotation opening before at.
            return hi >= 0 && at < quotes[hi].Content.End;
        }

        private char LastNonSpace(TextSpan span)
        {
            for (int i = span.End - 1; i >= span.Start; i--)
            {
                if (!char.IsWhiteSpace(text[i])) return text[i];
            }
            return '\0';
        }

        /// <summary>The words that lie wholly inside [start, end), as an index range of <see cref="AnalyzedDocument.Words"/>.</summary>
        private (int First, int End) WordRange(int start, int end)
        {
            int lo = 0, hi = words.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (words[mid].Start < start) lo = mid + 1;
                else hi = mid;
            }
            int first = lo;
            int last = first;
            while (last < words.Length && words[last].End <= end) last++;
            return (first, last);
        }
    }

    private sealed class SentenceStartComparer : IComparer<TextSpan>
    {
        public static readonly SentenceStartComparer Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start.CompareTo(y.Start);
    }
}

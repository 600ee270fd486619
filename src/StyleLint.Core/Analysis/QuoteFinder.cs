namespace StyleLint.Analysis;

/// <summary>
/// Finds quotations and reads every quotation mark: “curly” and "straight" double quotes, and ‘single’ quotes
/// inside a double quote.
/// <list type="bullet">
/// <item>A mark's role comes from where it stands, as typesetters' smart-quote rules decide it: after a space or
/// at a paragraph's start and before a word it opens; after a word and before a space or punctuation it closes.
/// Where its place does not tell, a mark closes the open quote, or else opens one (a stray ” closes nothing). A curly mark whose
/// shape disagrees with its role is <see cref="QuoteMarkProblem.Reversed"/> (<c>type.“</c>).</item>
/// <item>Apostrophes are not quotation marks: inside words (don’t, O’Neill), after a word when no single quote is
/// open (Hamas’ attack, goin’), before a decade or an elided word (’90s, ’em, rock ’n’ roll). Foot and inch marks
/// (5’6”, a 12" record) are not either.</item>
/// <item>A quotation left open at a paragraph's end continues when the next paragraph opens with a quotation mark
/// (the convention for a quote running over several paragraphs); otherwise it is unclosed. Inside one block, a
/// quotation mark that opens right after a sentence while a quote is open starts a new paragraph of the same quote
/// (web copy often merges paragraphs into one block: <c>…now. "Next</c>).</item>
/// </list>
/// A quotation's content is its text without the marks.
/// </summary>
public static class QuoteFinder
{
    /// <summary>The quotations of one block (content spans, double and single), without looking at other blocks.</summary>
    public static void Find(string text, TextSpan block, List<TextSpan> quotes)
    {
        var quotations = new List<Quotation>();
        new BlockScanner(text, block, quotations, new List<QuoteMark>()).Run();
        foreach (Quotation quotation in quotations) quotes.Add(quotation.Content);
    }

    /// <summary>Reads every block of a document, and links quotations that run from one paragraph into the next.</summary>
    public static QuoteAnalysis Analyze(string text, IReadOnlyList<Block> blocks)
    {
        var quotations = new List<Quotation>();
        var marks = new List<QuoteMark>();
        (int Quotation, int Mark) pending = (-1, -1);
        bool pendingInHeading = false;

        foreach (Block block in blocks)
        {
            int firstQuotation = quotations.Count;
            var scanner = new BlockScanner(text, block.Span, quotations, marks);
            scanner.Run();

            if (pending.Quotation >= 0)
            {
                int continued = block.IsHeading || pendingInHeading ? -1 : FindOpenedAt(quotations, firstQuotation, scanner.FirstContentStart);
                if (continued >= 0) quotations[continued] = quotations[continued] with { ContinuesPrevious = true };
                else marks[pending.Mark] = marks[pending.Mark] with { Problem = QuoteMarkProblem.Unclosed };
            }
            pending = scanner.LeftOpen;
            pendingInHeading = block.IsHeading;
        }
        if (pending.Mark >= 0) marks[pending.Mark] = marks[pending.Mark] with { Problem = QuoteMarkProblem.Unclosed };

        quotations.Sort(static (a, b) => a.Open != b.Open ? a.Open.CompareTo(b.Open) : b.Content.Length.CompareTo(a.Content.Length));
        return new QuoteAnalysis(quotations.ToArray(), marks.ToArray());
    }

    /// <summary>The double quotation (added since <paramref name="from"/>) whose opening mark is at the block's start.</summary>
    private static int FindOpenedAt(List<Quotation> quotations, int from, int blockContentStart)
    {
        for (int i = from; i < quotations.Count; i++)
        {
            if (quotations[i].Kind == QuoteKind.Double && quotations[i].Open == blockContentStart) return i;
        }
        return -1;
    }

    private static readonly string[] UncertainElisions = ["til", "cause", "cos", "bout", "bot", "bots", "phone", "phones", "plane", "planes"];

    /// <summary>One pass over one block; the lists are shared with the caller.</summary>
    private sealed class BlockScanner(string text, TextSpan block, List<Quotation> quotations, List<QuoteMark> marks)
    {
        private int doubleOpen = -1, doubleMark = -1;
        private bool doubleContinues;
        private int singleOpen = -1, singleMark = -1;
        private int lastOpener = -1;

        /// <summary>The first non-space character of the block: where a continuing quotation's mark stands.</summary>
        public int FirstContentStart { get; private set; }

        /// <summary>The double quotation left open at the block's end (index in the list, and its opening mark), or -1s.</summary>
        public (int Quotation, int Mark) LeftOpen { get; private set; } = (-1, -1);

        public void Run()
        {
            int start = block.Start;
            while (start < block.End && char.IsWhiteSpace(text[start])) start++;
            FirstContentStart = start;

            for (int i = block.Start; i < block.End; i++)
            {
                switch (text[i])
                {
                    case '"' or '\u201C' or '\u201D':
                        Double(i);
                        break;
                    case '\'' or '\u2018' or '\u2019':
                        Single(i);
                        break;
                }
            }

            if (doubleOpen >= 0)
            {
                DropSingle();
                LeftOpen = (quotations.Count, doubleMark);
                quotations.Add(new Quotation(TextSpan.FromBounds(doubleOpen + 1, block.End), doubleOpen, -1, QuoteKind.Double, doubleContinues));
                doubleOpen = -1;
            }
        }

        private void Double(int i)
        {
            char c = text[i];
            if (c != '\u201C' && i > block.Start && char.IsDigit(text[i - 1]) && (doubleOpen < 0 || IsFeetAndInches(i)))
            {
                Add(i, QuoteMarkRole.Measure, QuoteKind.Double, QuoteMarkProblem.None);
                return;
            }

            // Where the place does not tell (spaces or letters on both sides), a mark closes an open quote (“…, “ said
            // is a closing mark with a stray space); with none open it opens, unless it is a ” that no word follows.
            bool opens = Position(i) switch
            {
                Place.Opening => true,
                Place.Closing => false,
                _ => doubleOpen < 0 && (c != '\u201D' || (i + 1 < block.End && char.IsLetterOrDigit(text[i + 1]))),
            };

            if (opens)
            {
                bool continues = false;
                if (doubleOpen >= 0)
                {
                    // A new opening mark while a quote is open: after a sentence it starts the quote's next paragraph
                    // (merged paragraphs); anywhere else the open quote was never closed.
                    continues = AfterSentenceEnd(i);
                    if (!continues) SetProblem(doubleMark, QuoteMarkProblem.Unclosed);
                    DropSingle();
                    int end = i;
                    while (end > doubleOpen + 1 && char.IsWhiteSpace(text[end - 1])) end--;
                    quotations.Add(new Quotation(TextSpan.FromBounds(doubleOpen + 1, end), doubleOpen, -1, QuoteKind.Double, doubleContinues));
                }
                Add(i, QuoteMarkRole.Open, QuoteKind.Double, c == '\u201D' ? QuoteMarkProblem.Reversed : QuoteMarkProblem.None);
                doubleOpen = i;
                doubleMark = marks.Count - 1;
                doubleContinues = continues;
                lastOpener = i;
            }
            else if (doubleOpen >= 0)
            {
                DropSingle();
                quotations.Add(new Quotation(TextSpan.FromBounds(doubleOpen + 1, i), doubleOpen, i, QuoteKind.Double, doubleContinues));
                Add(i, QuoteMarkRole.Close, QuoteKind.Double, c == '\u201C' ? QuoteMarkProblem.Reversed : QuoteMarkProblem.None);
                doubleOpen = -1;
            }
            else
            {
                Add(i, QuoteMarkRole.Close, QuoteKind.Double, QuoteMarkProblem.Unopened);
            }
        }

        private void Single(int i)
        {
            char c = text[i];
            char prev = i > block.Start ? text[i - 1] : '\0';
            char next = i + 1 < block.End ? text[i + 1] : '\0';
            QuoteMarkProblem wrongWay = c == '\u2018' ? QuoteMarkProblem.WrongApostrophe : QuoteMarkProblem.None;

            // Inside a word: don’t, O’Neill, 1990’s. Between digits: feet (5’6”).
            if (char.IsLetterOrDigit(prev) && char.IsLetter(next))
            {
                Add(i, QuoteMarkRole.Apostrophe, QuoteKind.Single, wrongWay);
                return;
            }
            if (char.IsDigit(prev) && char.IsDigit(next))
            {
                Add(i, QuoteMarkRole.Measure, QuoteKind.Single, QuoteMarkProblem.None);
                return;
            }

            Place place = Position(i);
            bool inDouble = doubleOpen >= 0;

            // An elided start: ’90s, ’em, rock ’n’ roll. Some elisions are also words a single quote may open with.
            if (place != Place.Closing && IsLeftBound(i) && StartsElision(i + 1, out bool certain))
            {
                bool opensQuote = !certain && !(inDouble && singleOpen >= 0) && SingleCloserAhead(i);
                if (!opensQuote)
                {
                    Add(i, QuoteMarkRole.Apostrophe, QuoteKind.Single, wrongWay);
                    return;
                }
            }

            if (!inDouble)
            {
                // Single marks outside a double quotation are not quotation marks here (headlines use them, and so
                // do scare quotes in some copy); after a word one is an apostrophe (Hamas’ attack).
                Add(i, char.IsLetterOrDigit(prev) ? QuoteMarkRole.Apostrophe : QuoteMarkRole.Other, QuoteKind.Single, QuoteMarkProblem.None);
                return;
            }

            if (singleOpen < 0)
            {
                if (place == Place.Opening || (place == Place.Either && c == '\u2018'))
                {
                    Add(i, QuoteMarkRole.Open, QuoteKind.Single, QuoteMarkProblem.None);
                    singleOpen = i;
                    singleMark = marks.Count - 1;
                    lastOpener = i;
                }
                else
                {
                    Add(i, char.IsLetterOrDigit(prev) ? QuoteMarkRole.Apostrophe : QuoteMarkRole.Other, QuoteKind.Single, QuoteMarkProblem.None);
                }
                return;
            }

            if (place == Place.Closing || (place == Place.Either && c != '\u2018'))
            {
                quotations.Add(new Quotation(TextSpan.FromBounds(singleOpen + 1, i), singleOpen, i, QuoteKind.Single, false));
                Add(i, QuoteMarkRole.Close, QuoteKind.Single, c == '\u2018' && place == Place.Closing ? QuoteMarkProblem.Reversed : QuoteMarkProblem.None);
                singleOpen = -1;
            }
            else
            {
                Add(i, QuoteMarkRole.Other, QuoteKind.Single, QuoteMarkProblem.None);
            }
        }

        /// <summary>A single quote still open when its double quote ends is unclosed.</summary>
        private void DropSingle()
        {
            if (singleOpen < 0) return;
            SetProblem(singleMark, QuoteMarkProblem.Unclosed);
            singleOpen = -1;
        }

        private void Add(int i, QuoteMarkRole role, QuoteKind kind, QuoteMarkProblem problem) =>
            marks.Add(new QuoteMark(i, text[i], role, kind, problem));

        private void SetProblem(int mark, QuoteMarkProblem problem) => marks[mark] = marks[mark] with { Problem = problem };

        private enum Place
        {
            Opening,
            Closing,
            Either,
        }

        private Place Position(int i)
        {
            bool left = IsLeftBound(i), right = IsRightBound(i);
            return left && !right ? Place.Opening : !left && right ? Place.Closing : Place.Either;
        }

        /// <summary>What comes before a mark lets it open: a paragraph's start, a space, a bracket or dash, an opening mark.</summary>
        private bool IsLeftBound(int i)
        {
            if (i == block.Start) return true;
            char prev = text[i - 1];
            return char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '<' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018'
                || i - 1 == lastOpener;
        }

        /// <summary>What comes after a mark lets it close: a paragraph's end, a space, punctuation, another mark.</summary>
        private bool IsRightBound(int i)
        {
            if (i + 1 >= block.End) return true;
            char next = text[i + 1];
            if (char.IsWhiteSpace(next) || next is ')' or ']' or '}' or '>' or '.' or ',' or ';' or ':' or '!' or '?' or '\u2026'
                or '\u2014' or '\u2013' or '-' or '/' or '\u201D' or '\u2019')
            {
                return true;
            }
            // A straight mark next to this one bounds it only when it closes too ('" ends both; "'Oh opens both).
            return next is '"' or '\'' && (i + 2 >= block.End || !char.IsLetterOrDigit(text[i + 2]));
        }

        /// <summary>A space, and before it the end of a sentence (possibly closed by a single mark or bracket).</summary>
        private bool AfterSentenceEnd(int i)
        {
            int j = i - 1;
            if (j < block.Start || !char.IsWhiteSpace(text[j])) return false;
            while (j >= block.Start && char.IsWhiteSpace(text[j])) j--;
            while (j >= block.Start && text[j] is '\'' or '\u2019' or ')') j--;
            return j >= block.Start && text[j] is '.' or '?' or '!' or '\u2026';
        }

        /// <summary>5'6" or 5’ 6”: the double mark after the inches of a height.</summary>
        private bool IsFeetAndInches(int i)
        {
            int j = i - 1;
            while (j >= block.Start && (char.IsDigit(text[j]) || text[j] is '.' or '½' or '¼' or '¾')) j--;
            if (j >= block.Start && text[j] == ' ') j--;
            return j > block.Start && text[j] is '\'' or '\u2019' or '\u2032' && char.IsDigit(text[j - 1]);
        }

        /// <summary>
        /// An elided start after an apostrophe: a decade (’90s, certain), a year (’05), or ’em, ’n’, ’tis, ’twas (certain),
        /// ’til, ’cause, ’cos, ’bout, ’bot, ’phone, ’plane (which a quotation could also start with).
        /// </summary>
        private bool StartsElision(int at, out bool certain)
        {
            certain = false;
            int end = at;
            while (end < block.End && char.IsLetterOrDigit(text[end])) end++;
            if (end == at || (end < block.End && text[end] is '-' && end + 1 < block.End && char.IsLetter(text[end + 1]))) return false;
            ReadOnlySpan<char> word = text.AsSpan(at, end - at);

            if (word.Length == 3 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && word[2] == 's')
            {
                certain = true;
                return true;
            }
            if (word.Length == 2 && char.IsDigit(word[0]) && char.IsDigit(word[1])) return true;

            if (word.Equals("n", StringComparison.OrdinalIgnoreCase))
            {
                certain = end < block.End && text[end] is '\'' or '\u2019';
                return certain;
            }
            if (word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("tis", StringComparison.OrdinalIgnoreCase)
                || word.Equals("twas", StringComparison.OrdinalIgnoreCase))
            {
                certain = true;
                return true;
            }
            foreach (string elided in UncertainElisions)
            {
                if (word.Equals(elided, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>Whether a single mark that closes (not an apostrophe inside a word) follows before the double quote ends.</summary>
        private bool SingleCloserAhead(int i)
        {
            for (int j = i + 1; j < block.End; j++)
            {
                char c = text[j];
                if (c is '"' or '\u201C' or '\u201D') return false;
                if (c is '\'' or '\u2019' && !char.IsWhiteSpace(text[j - 1]) && !(j + 1 < block.End && char.IsLetter(text[j + 1])) && IsRightBound(j)) return true;
            }
            return false;
        }
    }
}

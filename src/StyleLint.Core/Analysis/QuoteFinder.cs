namespace StyleLint.Analysis;

/// <summary>
/// Finds quotations in each block: “curly” and "straight" double quotes, and ‘single’ quotes inside a double
/// quote. Apostrophes inside or after words (don’t, Hamas’) and inch marks (5'6") are not quote marks. A quote
/// left open at the end of a paragraph runs to the paragraph's end (the next paragraph may continue it).
/// The span of a quotation is its content, without the marks.
/// </summary>
public static class QuoteFinder
{
    public static void Find(string text, TextSpan block, List<TextSpan> quotes)
    {
        int doubleOpen = -1, singleOpen = -1;
        for (int i = block.Start; i < block.End; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\u201C':
                    if (doubleOpen < 0) doubleOpen = i + 1;
                    break;
                case '\u201D':
                    if (doubleOpen >= 0) { quotes.Add(TextSpan.FromBounds(doubleOpen, i)); doubleOpen = -1; singleOpen = -1; }
                    break;
                case '"':
                    if (doubleOpen >= 0) { quotes.Add(TextSpan.FromBounds(doubleOpen, i)); doubleOpen = -1; singleOpen = -1; }
                    else if (!IsInchMark(text, block.Start, i)) doubleOpen = i + 1;
                    break;
                case '\u2018':
                    if (doubleOpen >= 0 && singleOpen < 0) singleOpen = i + 1;
                    break;
                case '\u2019':
                case '\'':
                    if (singleOpen >= 0 && !IsApostrophe(text, block, i)) { quotes.Add(TextSpan.FromBounds(singleOpen, i)); singleOpen = -1; }
                    else if (c == '\'' && doubleOpen >= 0 && singleOpen < 0 && OpensSingle(text, block, i)) singleOpen = i + 1;
                    break;
            }
        }
        if (doubleOpen >= 0) quotes.Add(TextSpan.FromBounds(doubleOpen, block.End));
    }

    /// <summary>A straight double quote right after a digit (and a foot mark) measures, it does not quote.</summary>
    private static bool IsInchMark(string text, int blockStart, int i) =>
        i > blockStart && char.IsDigit(text[i - 1]);

    /// <summary>An apostrophe sits between letters (don’t) or closes a plural possessive (Hamas’ attack).</summary>
    private static bool IsApostrophe(string text, TextSpan block, int i)
    {
        bool letterBefore = i > block.Start && char.IsLetterOrDigit(text[i - 1]);
        bool letterAfter = i + 1 < block.End && char.IsLetter(text[i + 1]);
        return letterBefore && letterAfter;
    }

    private static bool OpensSingle(string text, TextSpan block, int i) =>
        (i == block.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < block.End && char.IsLetter(text[i + 1]);
}

using System.Buffers;

namespace StyleLint.Analysis;

/// <summary>
/// Splits a block into sentences at . ! ? (and after the closing quotes or brackets that follow them), when
/// the next word starts a sentence. A full stop after a known abbreviation (Mr., Oct. 7, No. 10), an initial
/// (J. K.) or a dotted acronym (U.S.) does not end a sentence unless a typical sentence opener follows it.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm",
        "Maj", "Brig", "Rev", "Fr", "St", "Jr", "Sr", "Mt", "Ft", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl", "Pvt",
        "vs", "etc", "approx", "Inc", "Ltd", "Co", "Corp", "Bros", "dept", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
    };

    // Abbreviations that end a sentence only rarely when a number follows (Oct. 7, No. 10, p. 4).
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "p", "pp", "vol", "Vol", "Fig", "fig", "Art", "art",
    };

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "It", "They", "We", "I", "You", "This", "That",
        "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "As", "For", "If", "When", "While", "After",
        "Before", "Since", "However", "Meanwhile", "Still", "Yet", "So", "Some", "Many", "Most", "One", "Two",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Enders = SearchValues.Create(".!?\u2026");

    public static void Split(string text, TextSpan block, List<TextSpan> sentences)
    {
        int start = SkipSpace(text, block.Start, block.End);
        int i = start;
        while (i < block.End)
        {
            // Jump to the next . ! ? or …: nothing else can end a sentence.
            int found = text.AsSpan(i, block.End - i).IndexOfAny(Enders);
            if (found < 0) break;
            i += found;
            char c = text[i];
            int end = i + 1;
            while (end < block.End && text[end] is '.' or '!' or '?') end++;
            while (end < block.End && IsCloser(text[end])) end++;
            int next = SkipSpace(text, end, block.End);
            if (next > end && next < block.End && StartsSentence(text, next) && !(c == '.' && IsAbbreviation(text, block.Start, i, next)))
            {
                sentences.Add(TextSpan.FromBounds(start, end));
                start = next;
                i = next;
                continue;
            }
            i = end;
        }
        int last = block.End;
        if (last > start) sentences.Add(TextSpan.FromBounds(start, last));
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']';

    private static bool StartsSentence(string text, int at)
    {
        int i = at;
        while (i < text.Length && (text[i] is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[')) i++;
        return i < text.Length && (char.IsUpper(text[i]) || char.IsDigit(text[i]));
    }

    private static bool IsAbbreviation(string text, int blockStart, int dot, int next)
    {
        int wordStart = dot;
        while (wordStart > blockStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        ReadOnlySpan<char> word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0) return false;

        ReadOnlySpan<char> nextWord = ReadWord(text, next);
        int afterNext = next + nextWord.Length;
        // "A." is an initial, not the article that opens a sentence.
        bool openerFollows = OpenerLookup.Contains(nextWord) && !(afterNext < text.Length && text[afterNext] == '.');

        if (word.Length == 1 && char.IsUpper(word[0])) return !openerFollows;        // an initial: J. K. Rowling
        if (word.Contains('.')) return !openerFollows;                                // U.S., a.m., e.g.
        if (TitleLookup.Contains(word)) return !openerFollows;                       // Acme Inc. The shares…
        if (NumberLookup.Contains(word)) return next < text.Length && char.IsDigit(text[next]);
        return false;
    }

    private static ReadOnlySpan<char> ReadWord(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(at, end - at);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}

using StyleLint.Analysis;
using StyleLint.Markup;

namespace StyleLint.Checking.Kinds;

/// <summary>capitalization: each unit of the scope (a heading, a sentence) is written in one case style.</summary>
public static class CapitalizationKind
{
    private static readonly WordSet SmallWords = new(
        ["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over"]);

    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, CaseStyle style, WordSet exceptions)
    {
        RuleInfo rule = checker.Rule;
        string text = document.Text;
        Word[] words = document.Words;
        foreach (TextSpan unit in document.Units(rule.Scope))
        {
            if (style == CaseStyle.FirstUpper)
            {
                CheckFirstUpper(rule, text, unit, words, sink, exceptions);
            }
            else if (!Conforms(text, unit, words, style, exceptions))
            {
                sink.Report(rule, unit.Start, unit.Length, []);
            }
        }
    }

    private static void CheckFirstUpper(RuleInfo rule, string text, TextSpan unit, Word[] words, FindingSink sink, WordSet exceptions)
    {
        if (ContinuesSentence(text, unit) || StartsWithListMarker(text, unit)) return;
        int i = unit.Start;
        while (i < unit.End && !char.IsLetterOrDigit(text[i]) && text[i] != ProseBuilder.Placeholder) i++;
        if (i >= unit.End || !char.IsLower(text[i])) return;
        int index = FirstWordAt(words, i);
        if (index < 0) return;
        Word word = words[index];
        ReadOnlySpan<char> w = text.AsSpan(word.Start, word.Length);
        // Words with capitals inside (iPhone, eBay) are written as their owners write them.
        if (exceptions.Contains(w) || HasInnerCapital(w)) return;
        sink.Report(rule, word.Start, word.Length, [char.ToUpperInvariant(w[0]) + w[1..].ToString()]);
    }

    private static bool Conforms(string text, TextSpan unit, Word[] words, CaseStyle style, WordSet exceptions)
    {
        int first = FirstWordAt(words, unit.Start);
        if (first < 0) return true;
        for (int index = first; index < words.Length && words[index].End <= unit.End; index++)
        {
            ReadOnlySpan<char> w = text.AsSpan(words[index].Start, words[index].Length);
            if (!char.IsLetter(w[0]) || exceptions.Contains(w)) continue;
            bool isFirst = index == first;
            bool ok = style switch
            {
                CaseStyle.Lower => !HasUpper(w),
                CaseStyle.Upper => !HasLower(w),
                CaseStyle.Sentence => isFirst ? char.IsUpper(w[0]) : !char.IsUpper(w[0]) || IsAcronym(w) || HasInnerCapital(w),
                CaseStyle.Title => char.IsUpper(w[0]) || (!isFirst && SmallWords.Contains(w)),
                _ => true,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>
    /// A unit that opens a block right after a block with no closing punctuation carries on the same sentence
    /// (a list introduced by a colon, a paragraph split mid-sentence): its first word is not a sentence start.
    /// </summary>
    private static bool ContinuesSentence(string text, TextSpan unit)
    {
        int i = unit.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        if (i < 0) return false;
        // Only across a block break ("\n\n"): inside a block the sentence splitter already decided.
        if (!text.AsSpan(i + 1, unit.Start - i - 1).Contains("\n\n", StringComparison.Ordinal)) return false;
        return text[i] is not ('.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')' or '\u2026');
    }

    /// <summary>"- item", "* item", "• item": list items continue the sentence that introduced them.</summary>
    private static bool StartsWithListMarker(string text, TextSpan unit) =>
        unit.Length > 1 && text[unit.Start] is '-' or '*' or '\u2022' or '\u2013' && char.IsWhiteSpace(text[unit.Start + 1]);

    private static int FirstWordAt(Word[] words, int position)
    {
        int lo = 0, hi = words.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].End > position) { found = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return found;
    }

    private static bool HasUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsUpper(c)) return true;
        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> w) => w.Length > 1 && !HasLower(w);

    private static bool HasInnerCapital(ReadOnlySpan<char> w) => w.Length > 1 && HasUpper(w[1..]);
}

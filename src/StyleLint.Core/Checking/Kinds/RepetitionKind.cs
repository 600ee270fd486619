using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>
/// repetition: a word written twice in a row ("the the"), separated only by spaces. Deliberate repetition is
/// left alone: a word said three times or more ("Spend Spend Spend"), and capitalised pairs inside a sentence,
/// which are titles and names ("Please Please Me", "Duran Duran"), and pairs split by a hyphenated compound.
/// </summary>
public static class RepetitionKind
{
    public static void Check(Checker checker, AnalyzedDocument document, FindingSink sink, WordSet exceptions)
    {
        RuleInfo rule = checker.Rule;
        string text = document.Text;
        Word[] words = document.Words;
        TextSpan[] units = document.Units(rule.Scope);
        int u = 0;
        for (int i = 1; i < words.Length; i++)
        {
            Word first = words[i - 1], second = words[i];
            if (second.Length != first.Length || !char.IsLetter(text[first.Start])) continue;
            ReadOnlySpan<char> a = text.AsSpan(first.Start, first.Length);
            if (!a.Equals(text.AsSpan(second.Start, second.Length), StringComparison.OrdinalIgnoreCase)) continue;
            if (!text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace() || text.AsSpan(first.End, second.Start - first.End).Contains('\n')) continue;
            if (exceptions.Contains(a)) continue;
            if (IsRepeatedAgain(text, words, i - 2, a) || IsRepeatedAgain(text, words, i + 1, a)) continue;
            if (char.IsUpper(text[first.Start]) && char.IsUpper(text[second.Start]) && !StartsSentence(document, first.Start)) continue;
            // "law lord Lord Bingham": a capital on the second word alone starts a name or title.
            if (char.IsLower(text[first.Start]) && char.IsUpper(text[second.Start])) continue;
            // "break-in in 1999", "in in-fighting": one of the pair belongs to a hyphenated compound.
            if (IsHyphen(text, first.Start - 1) || IsHyphen(text, second.End)) continue;
            while (u < units.Length && units[u].End < second.End) u++;
            if (u >= units.Length) break;
            if (!units[u].Contains(first.Start, second.End)) continue;
            sink.Report(rule, first.Start, second.End - first.Start, [a.ToString()]);
        }
    }

    private static bool IsHyphen(string text, int index) =>
        index >= 0 && index < text.Length && text[index] is '-' or '\u2010' or '\u2011';

    private static bool IsRepeatedAgain(string text, Word[] words, int index, ReadOnlySpan<char> word) =>
        index >= 0 && index < words.Length && text.AsSpan(words[index].Start, words[index].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool StartsSentence(AnalyzedDocument document, int position)
    {
        TextSpan[] sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].End <= position) lo = mid + 1;
            else hi = mid - 1;
        }
        if (lo >= sentences.Length) return false;
        int start = sentences[lo].Start;
        while (start < position && !char.IsLetterOrDigit(document.Text[start])) start++;
        return start == position;
    }
}

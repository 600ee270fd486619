using System.Buffers;
using System.Globalization;

namespace StyleLint.Analysis;

/// <summary>Splits prose into words. Hyphens and other punctuation end a word; an apostrophe between letters does not.</summary>
public static class WordTokenizer
{
    public static Word[] Tokenize(string text) => Tokenize(text, LetterRunFinder.Find(text));

    /// <summary>
    /// The words of <paramref name="text"/>, built from its letter runs (<see cref="LetterRunFinder"/>) instead of a
    /// second scan of every character: a word is one run, or several joined by what may sit inside a word (an
    /// apostrophe before a letter, combining marks), and ends after any combining marks that follow its last run.
    /// The same words as <see cref="TokenizeByCharacter"/>, the definition.
    /// </summary>
    public static Word[] Tokenize(string text, TextSpan[] runs)
    {
        // At most one word per run: one pooled buffer, then an array of the exact size.
        Word[] buffer = ArrayPool<Word>.Shared.Rent(Math.Max(runs.Length, 1));
        int count = 0;
        int k = 0;
        while (k < runs.Length)
        {
            int start = runs[k].Start;
            int end = runs[k].End;
            while (true)
            {
                // Combining marks after a run stay in the word (a run never holds one: they are not letters).
                while (end < text.Length && IsNonSpacingMark(text[end])) end++;
                if (end < text.Length && k + 1 < runs.Length)
                {
                    // After the marks, a letter or digit starts the next run, which the word goes on into; so does a
                    // letter after one apostrophe.
                    int next = runs[k + 1].Start;
                    if (next == end || (next == end + 1 && IsApostrophe(text[end]) && char.IsLetter(text[next])))
                    {
                        k++;
                        end = runs[k].End;
                        continue;
                    }
                }
                break;
            }
            buffer[count++] = new Word(start, end - start);
            k++;
        }
        Word[] words = buffer.AsSpan(0, count).ToArray();
        ArrayPool<Word>.Shared.Return(buffer);
        return words;
    }

    /// <summary>The definition <see cref="Tokenize(string, TextSpan[])"/> must agree with: one scan, character by character.</summary>
    internal static Word[] TokenizeByCharacter(string text)
    {
        var words = new List<Word>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            words.Add(new Word(start, i - start));
        }
        return words.ToArray();
    }

    // No character below U+0300 is a combining mark: most text is answered without a category lookup.
    private static bool IsNonSpacingMark(char c) => c >= '\u0300' && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';
}

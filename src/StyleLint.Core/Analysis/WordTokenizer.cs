using System.Buffers;

namespace StyleLint.Analysis;

/// <summary>Splits prose into words. Hyphens and other punctuation end a word; an apostrophe between letters does not.</summary>
public static class WordTokenizer
{
    public static Word[] Tokenize(string text)
    {
        // Words are separated, so there are at most (n + 1) / 2: one pooled buffer, then an array of the exact size.
        Word[] buffer = ArrayPool<Word>.Shared.Rent((text.Length + 1) / 2);
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
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
            buffer[count++] = new Word(start, i - start);
        }
        Word[] words = buffer.AsSpan(0, count).ToArray();
        ArrayPool<Word>.Shared.Return(buffer);
        return words;
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';
}

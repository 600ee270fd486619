namespace StyleLint.Analysis;

/// <summary>Splits prose into words. Hyphens and other punctuation end a word; an apostrophe between letters does not.</summary>
public static class WordTokenizer
{
    public static Word[] Tokenize(string text)
    {
        var words = new List<Word>(text.Length / 6);
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
            words.Add(new Word(start, i - start));
        }
        return words.ToArray();
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';
}

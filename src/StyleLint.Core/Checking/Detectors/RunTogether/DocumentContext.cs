using StyleLint.Analysis;

namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// What the document itself says about words: whether it uses a form elsewhere, as a name, or two words side by
/// side. Made only when a document has an unknown token; every question is a scan of the words, so nothing is
/// built for documents without one.
/// </summary>
internal sealed class DocumentContext(string text, Word[] words)
{
    public string Text => text;

    public Word[] Words => words;

    /// <summary>Occurrences of the form as a whole word, in any case.</summary>
    public int Count(ReadOnlySpan<char> form)
    {
        int n = 0;
        foreach (Word w in words)
        {
            if (w.Length == form.Length && Same(text.AsSpan(w.Start, w.Length), form)) n++;
        }
        return n;
    }

    /// <summary>Occurrences of the form or its possessive (Mefin, Mefin's), any case.</summary>
    public int CountWithPossessive(ReadOnlySpan<char> form)
    {
        ReadOnlySpan<char> stem = form.Length > 2 && form[^1] is 's' or 'S' && Lexicon.IsApostrophe(form[^2]) ? form[..^2] : form;
        int n = 0;
        foreach (Word w in words)
        {
            ReadOnlySpan<char> word = text.AsSpan(w.Start, w.Length);
            if (word.Length > 2 && word[^1] is 's' or 'S' && Lexicon.IsApostrophe(word[^2])) word = word[..^2];
            if (word.Length == stem.Length && Same(word, stem)) n++;
        }
        return n;
    }

    /// <summary>Occurrences written exactly so (Blair, not blair).</summary>
    public int CountExact(ReadOnlySpan<char> form)
    {
        int n = 0;
        foreach (Word w in words)
        {
            if (w.Length == form.Length && text.AsSpan(w.Start, w.Length).SequenceEqual(form)) n++;
        }
        return n;
    }

    /// <summary>Occurrences with a capital inside a sentence: the document uses the form as a name.</summary>
    public int CountAsName(ReadOnlySpan<char> form)
    {
        int n = 0;
        foreach (Word w in words)
        {
            if (w.Length == form.Length && char.IsUpper(text[w.Start]) && Same(text.AsSpan(w.Start, w.Length), form) && !IsSentenceStart(w.Start)) n++;
        }
        return n;
    }

    /// <summary>The document writes these two words side by side, separated by a space, somewhere.</summary>
    public bool HasPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            Word a = words[i], b = words[i + 1];
            if (a.Length != first.Length || b.Length != second.Length) continue;
            if (!Same(text.AsSpan(a.Start, a.Length), first) || !Same(text.AsSpan(b.Start, b.Length), second)) continue;
            if (text.AsSpan(a.End, b.Start - a.End).IsWhiteSpace()) return true;
        }
        return false;
    }

    /// <summary>The position starts a sentence or a block (only spaces, quotes or brackets after . ! ? : or a line break).</summary>
    public bool IsSentenceStart(int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '\u00A0') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r';
    }

    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            if (Lexicon.IsApostrophe(x) && Lexicon.IsApostrophe(y)) continue;
            if (char.ToLowerInvariant(x) != char.ToLowerInvariant(y)) return false;
        }
        return true;
    }
}

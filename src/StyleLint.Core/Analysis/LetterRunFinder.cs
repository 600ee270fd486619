using System.Buffers;

namespace StyleLint.Analysis;

/// <summary>Finds every maximal run of letters and digits (<see cref="char.IsLetterOrDigit(char)"/>) in a text.</summary>
public static class LetterRunFinder
{
    public static TextSpan[] Find(string text)
    {
        // Runs are separated, so there are at most (n + 1) / 2: one pooled buffer, then an array of the exact size.
        TextSpan[] buffer = ArrayPool<TextSpan>.Shared.Rent((text.Length + 1) / 2);
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            buffer[count++] = TextSpan.FromBounds(start, i);
        }
        TextSpan[] runs = buffer.AsSpan(0, count).ToArray();
        ArrayPool<TextSpan>.Shared.Return(buffer);
        return runs;
    }
}

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// Damerau–Levenshtein distance in its optimal-string-alignment form: substitutions, deletions, insertions and
/// transpositions of two adjacent characters each cost one. Compared case-insensitively; a bound stops early.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>bound + 1</c> when it is larger than the bound.</summary>
    public static int Between(string a, string b, int bound = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > bound) return bound + 1;
        int n = a.Length, m = b.Length;
        if (n == 0) return Math.Min(m, bound + 1);
        if (m == 0) return Math.Min(n, bound + 1);

        Span<int> previous2 = m + 1 <= 64 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> previous = m + 1 <= 64 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> current = m + 1 <= 64 ? stackalloc int[m + 1] : new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;

        for (int i = 1; i <= n; i++)
        {
            current[0] = i;
            int rowMin = i;
            char ai = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= m; j++)
            {
                char bj = char.ToLowerInvariant(b[j - 1]);
                int cost = ai == bj ? 0 : 1;
                int d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                if (d < rowMin) rowMin = d;
            }
            if (rowMin > bound) return bound + 1;
            Span<int> t = previous2;
            previous2 = previous;
            previous = current;
            current = t;
        }
        return Math.Min(previous[m], bound + 1);
    }
}

using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace StyleLint.Checking.Detectors.Names;

/// <summary>
/// Damerau–Levenshtein distance in its optimal-string-alignment form: substitutions, deletions, insertions and
/// transpositions of two adjacent characters each cost one. Compared case-insensitively; a bound stops early.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>bound + 1</c> when it is larger than the bound.</summary>
    public static int Between(string a, string b, int bound = int.MaxValue - 1) => Between(a.AsSpan(), b.AsSpan(), bound);

    /// <inheritdoc cref="Between(string, string, int)"/>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound) return bound + 1;
        int n = a.Length, m = b.Length;
        if (n == 0) return Math.Min(m, bound + 1);
        if (m == 0) return Math.Min(n, bound + 1);

        // Fold case once, not once per cell of the table.
        Span<char> fa = n <= 64 ? stackalloc char[n] : new char[n];
        Span<char> fb = m <= 64 ? stackalloc char[m] : new char[m];
        for (int i = 0; i < n; i++) fa[i] = char.ToLowerInvariant(a[i]);
        for (int j = 0; j < m; j++) fb[j] = char.ToLowerInvariant(b[j]);

        // Most pairs a caller tries are far apart: a letter one word lacks costs at least one edit, so a cheap
        // count of such letters settles them first.
        if (bound < 8 && LettersMissing(LetterMask(fa), LetterMask(fb)) > bound) return bound + 1;

        // Names are short: with one of the words in 16 characters, a column of the table fits in the bits of a word
        // (the distance is symmetric, so either may be the pattern). That costs less than the bounds below.
        if (m <= MaxPattern) return Math.Min(BitParallel(fa, fb), bound + 1);
        if (n <= MaxPattern) return Math.Min(BitParallel(fb, fa), bound + 1);

        if (bound < 8 && (CountDifference(fa, fb) + 1) / 2 > bound) return bound + 1;
        if (bound <= 1 && Math.Max(n, m) - CommonEnds(fa, fb) > 2) return bound + 1;
        return Table(fa, fb, bound);
    }

    /// <summary>The distance of two case-folded words from the table, row by row; <c>bound + 1</c> once a row is all above the bound.</summary>
    private static int Table(ReadOnlySpan<char> fa, ReadOnlySpan<char> fb, int bound)
    {
        int n = fa.Length, m = fb.Length;
        Span<int> previous2 = m + 1 <= 64 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> previous = m + 1 <= 64 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> current = m + 1 <= 64 ? stackalloc int[m + 1] : new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;

        for (int i = 1; i <= n; i++)
        {
            current[0] = i;
            int rowMin = i;
            char ai = fa[i - 1];
            for (int j = 1; j <= m; j++)
            {
                char bj = fb[j - 1];
                int cost = ai == bj ? 0 : 1;
                int d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == fb[j - 2] && fa[i - 2] == bj)
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

    /// <summary>The longest pattern <see cref="BitParallel"/> takes: one vector of 16 characters.</summary>
    private const int MaxPattern = 16;

    /// <summary>
    /// The same distance as the table, from Hyyrö's bit-parallel algorithm for the optimal string alignment distance
    /// (2003; Myers' for Levenshtein, plus a transposition vector): the table's column for each character of
    /// <paramref name="text"/> is kept as bits of vertical differences, so each character costs a few word operations,
    /// and the positions of that character in <paramref name="pattern"/> (at most <see cref="MaxPattern"/>, at least
    /// one) come from one vector comparison.
    /// </summary>
    private static int BitParallel(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern)
    {
        Span<char> padded = stackalloc char[MaxPattern];
        pattern.CopyTo(padded);
        Vector256<ushort> letters = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(padded));
        // Only the pattern's own positions count (the padding is zeros, which a text may hold too).
        ulong used = (1UL << pattern.Length) - 1;
        ulong last = 1UL << (pattern.Length - 1);
        ulong positive = ~0UL, negative = 0, diagonalZero = 0, previousMatches = 0;
        int distance = pattern.Length;
        foreach (char c in text)
        {
            ulong matches = Vector256.Equals(letters, Vector256.Create((ushort)c)).ExtractMostSignificantBits() & used;
            ulong transposed = ((~diagonalZero & matches) << 1) & previousMatches;
            diagonalZero = (((matches & positive) + positive) ^ positive) | matches | negative | transposed;
            ulong horizontalPositive = negative | ~(diagonalZero | positive);
            ulong horizontalNegative = diagonalZero & positive;
            if ((horizontalPositive & last) != 0) distance++;
            else if ((horizontalNegative & last) != 0) distance--;
            horizontalPositive = (horizontalPositive << 1) | 1;
            horizontalNegative <<= 1;
            positive = horizontalNegative | ~(diagonalZero | horizontalPositive);
            negative = horizontalPositive & diagonalZero;
            previousMatches = matches;
        }
        return distance;
    }

    /// <summary>
    /// How far apart the two words' character counts are (the sum over characters, bucketed by <c>c % 32</c>, of
    /// the difference in count). A substitution changes it by two at most, an insertion or deletion by one, a
    /// transposition not at all: half of it, rounded up, is a lower bound of the distance.
    /// </summary>
    private static int CountDifference(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> counts = stackalloc int[32];
        foreach (char c in a) counts[c & 31]++;
        foreach (char c in b) counts[c & 31]--;
        int sum = 0;
        foreach (int count in counts) sum += Math.Abs(count);
        return sum;
    }

    /// <summary>
    /// The length of the common prefix plus the common suffix after it. Words one edit apart differ in one place
    /// at most two characters wide, so all but two characters of the longer one are common ends.
    /// </summary>
    private static int CommonEnds(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int shorter = Math.Min(a.Length, b.Length);
        int prefix = 0;
        while (prefix < shorter && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < shorter - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return prefix + suffix;
    }

    /// <summary>
    /// The characters of already case-folded text as bits (a character sets bit <c>c % 64</c>). Characters that
    /// share a bit hide each other, so <see cref="LettersMissing"/> can only undercount: it stays a lower bound.
    /// </summary>
    public static ulong LetterMask(ReadOnlySpan<char> folded)
    {
        ulong mask = 0;
        foreach (char c in folded) mask |= 1UL << (c & 63);
        return mask;
    }

    /// <summary>The letter mask of <paramref name="text"/> case-folded as <see cref="Between(string, string, int)"/> folds it.</summary>
    public static ulong LetterMaskFolding(ReadOnlySpan<char> text)
    {
        ulong mask = 0;
        foreach (char c in text) mask |= 1UL << (char.ToLowerInvariant(c) & 63);
        return mask;
    }

    /// <summary>
    /// A lower bound of the distance between two words with these letter masks: each letter one has and the other
    /// lacks needs its own substitution, insertion or deletion (a transposition adds or removes no letter).
    /// </summary>
    public static int LettersMissing(ulong a, ulong b) => Math.Max(BitOperations.PopCount(a & ~b), BitOperations.PopCount(b & ~a));
}

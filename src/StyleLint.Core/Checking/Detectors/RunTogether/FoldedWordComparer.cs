namespace StyleLint.Checking.Detectors.RunTogether;

/// <summary>
/// Words equal in any case, with ' and ’ the same (Trump's, trump’s): the equality <see cref="DocumentContext"/>
/// counts by. Looks up spans without making strings, so counting a document's words allocates once per distinct word.
/// </summary>
internal sealed class FoldedWordComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly FoldedWordComparer Instance = new();

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equals(x.AsSpan(), y);

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other) => FoldedEquals(alternate, other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => FoldedHash(alternate);

    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i])) return false;
        }
        return true;
    }

    public static int FoldedHash(ReadOnlySpan<char> span)
    {
        uint hash = 2166136261;
        foreach (char c in span) hash = (hash ^ Fold(c)) * 16777619;
        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    /// <summary>One representative per class: apostrophes are uncased, so folding them apart from case is exact.</summary>
    internal static char Fold(char c) => Lexicon.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
}

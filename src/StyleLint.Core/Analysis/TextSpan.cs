namespace StyleLint.Analysis;

/// <summary>A half-open range [Start, End) of the analysed text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int start, int end) => start >= Start && end <= End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}

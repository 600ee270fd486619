namespace StyleLint.Analysis;

/// <summary>A word in the analysed text: letters and digits, with apostrophes inside (don't, Trump’s).</summary>
public readonly record struct Word(int Start, int Length)
{
    public int End => Start + Length;
}

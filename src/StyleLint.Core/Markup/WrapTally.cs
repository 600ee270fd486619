namespace StyleLint.Markup;

/// <summary>
/// What decides whether plain text is hard-wrapped: how many lines run on into the next, how many of those are
/// short, and the longest line. Sums over parts of a text cut after blank lines equal the whole text's, so a
/// file read in segments is judged as it would be whole.
/// </summary>
public readonly record struct WrapTally(int RunOn, int ShortRunOn, int Longest)
{
    /// <summary>Hard-wrapped text has short lines that run on into the next; one-paragraph-per-line copy has long ones.</summary>
    public bool IsHardWrapped => RunOn >= 3 && ShortRunOn * 5 >= RunOn * 4 && Longest <= 100;

    public WrapTally Plus(WrapTally other) =>
        new(RunOn + other.RunOn, ShortRunOn + other.ShortRunOn, Math.Max(Longest, other.Longest));

    public static WrapTally Of(string text) => Of(text, PlainTextAdapter.SplitLines(text));

    internal static WrapTally Of(string text, List<(int Start, int End)> lines)
    {
        int runOn = 0, shortRunOn = 0, longest = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            int length = lines[i].End - lines[i].Start;
            longest = Math.Max(longest, length);
            if (i + 1 < lines.Count && !PlainTextAdapter.IsBlank(text, lines[i]) && !PlainTextAdapter.IsBlank(text, lines[i + 1]))
            {
                runOn++;
                if (length <= 80) shortRunOn++;
            }
        }
        return new WrapTally(runOn, shortRunOn, longest);
    }
}

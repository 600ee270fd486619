using System.Buffers;
using System.Text.RegularExpressions;
using StyleLint.Analysis;

namespace StyleLint.Checking.Kinds;

/// <summary>
/// A cheap test of whether a unit can hold a match of a "space-led" pattern, one whose every match starts with a run
/// of spacing characters (at least <c>minLeading</c>) followed by one of a few rarer characters, the anchors (a dash,
/// a punctuation mark, a quotation mark, a digit), consumed or only looked ahead at. The rule compiler proves that
/// shape from the pattern (<c>PatternLeadAnalysis</c>); the regex engine cannot use it, as it searches for a match's
/// first character, here a space, about every sixth character of prose. This searches for the anchors instead
/// (vectorised) and tries the pattern, anchored, only where a match could start: at the spacing run just before an
/// anchor. A unit where no such attempt matches holds no match and is skipped; any other unit is matched exactly as
/// before, so findings do not change.
/// </summary>
public sealed class PatternLead
{
    private readonly Regex anchored;
    private readonly SearchValues<char> leading;
    private readonly SearchValues<char> anchors;
    private readonly int minLeading;

    /// <param name="pattern">The rule's pattern, as its checker built it (options and time-out are kept).</param>
    /// <param name="leading">The spacing characters a match may start with.</param>
    /// <param name="anchors">The characters one of which ends the leading run.</param>
    /// <param name="anchorDigits">Every character \d matches is an anchor too.</param>
    /// <param name="minLeading">The fewest spacing characters before the anchor.</param>
    public PatternLead(Regex pattern, string leading, string anchors, bool anchorDigits, int minLeading)
    {
        // \G pins a match to where the search starts: one attempt at one position, groups numbered as in the pattern.
        anchored = new Regex(@"\G(?:" + pattern + ")", pattern.Options, pattern.MatchTimeout);
        this.leading = SearchValues.Create(leading);
        string all = anchorDigits ? anchors + AllDigits.Value : anchors;
        this.anchors = SearchValues.Create(all);
        this.minLeading = minLeading;
    }

    // Every character \d matches (Unicode decimal digits), found once per process.
    private static readonly Lazy<string> AllDigits = new(() =>
    {
        var digits = new System.Text.StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsDigit((char)c)) digits.Append((char)c);
        }
        return digits.ToString();
    });

    /// <summary>
    /// False when <paramref name="unit"/> certainly holds no non-empty match of the pattern (run on the unit as
    /// <see cref="PatternKind"/> runs it, its bounds being ^ and $ and the limits of lookarounds).
    /// </summary>
    public bool MayMatch(string text, TextSpan unit)
    {
        ReadOnlySpan<char> span = text.AsSpan(unit.Start, unit.Length);
        int from = 0;
        while (from < span.Length)
        {
            int found = span[from..].IndexOfAny(anchors);
            if (found < 0) return false;
            int anchor = from + found;
            // A match can start only inside the spacing run that ends at this anchor (an anchor is never a spacing
            // character, and positions before the last anchor were tried for it).
            int start = anchor;
            while (start > from && leading.Contains(span[start - 1])) start--;
            for (int at = start; at <= anchor - minLeading; at++)
            {
                if (MatchesAt(span, at)) return true;
            }
            from = anchor + 1;
        }
        return false;
    }

    private bool MatchesAt(ReadOnlySpan<char> unit, int at)
    {
        try
        {
            foreach (ValueMatch match in anchored.EnumerateMatches(unit, at))
            {
                return match.Length > 0;
            }
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            // Undecided: let the pattern itself run on the unit, as it would have without this test.
            return true;
        }
    }
}

namespace StyleLint.Markup;

/// <summary>
/// Maps offsets in the analysed prose back to offsets in the original file. The prose is built from segments;
/// a segment copied verbatim maps character by character, a rewritten one (an HTML entity, a Markdown escape)
/// maps as a whole, and synthetic text (block separators) maps to where the previous segment ended.
/// </summary>
public sealed class SourceMap
{
    private readonly Segment[] segments;

    internal SourceMap(Segment[] segments) => this.segments = segments;

    public static SourceMap Identity(int length) => new(new[] { new Segment(0, length, 0, length) });

    /// <summary>The source range for a prose range (start inclusive, end exclusive).</summary>
    public (int Start, int End) ToSource(int proseStart, int proseEnd)
    {
        int start = MapStart(proseStart);
        int end = proseEnd <= proseStart ? start : MapEnd(proseEnd);
        return (start, Math.Max(start, end));
    }

    private int MapStart(int prose)
    {
        int i = Find(prose);
        if (i < 0) return segments.Length == 0 ? 0 : segments[0].SourceStart;
        Segment s = segments[i];
        if (prose >= s.ProseEnd) return s.SourceEnd;
        return s.IsVerbatim ? s.SourceStart + (prose - s.ProseStart) : s.SourceStart;
    }

    private int MapEnd(int proseEnd)
    {
        int i = Find(proseEnd - 1);
        if (i < 0) return MapStart(proseEnd);
        Segment s = segments[i];
        if (proseEnd >= s.ProseEnd) return s.SourceEnd;
        return s.IsVerbatim ? s.SourceStart + (proseEnd - s.ProseStart) : s.SourceEnd;
    }

    /// <summary>The last segment starting at or before the offset.</summary>
    private int Find(int prose)
    {
        int lo = 0, hi = segments.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (segments[mid].ProseStart <= prose) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    internal readonly record struct Segment(int ProseStart, int ProseLength, int SourceStart, int SourceLength)
    {
        public int ProseEnd => ProseStart + ProseLength;

        public int SourceEnd => SourceStart + SourceLength;

        public bool IsVerbatim => ProseLength == SourceLength;
    }
}

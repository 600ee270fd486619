namespace StyleLint.Text;

/// <summary>
/// Cuts a stream of text into segments of about <see cref="TargetChars"/> at paragraph boundaries: after a blank
/// line, before a line that starts a new paragraph. A cut never falls inside a line, a CR LF pair or (for Markdown)
/// a fenced code block, and the line after the cut must start with a character that begins a paragraph of its
/// own (no quotation mark; for Markdown a letter, digit or heading mark, so no list item's continuation is cut off).
/// A text with no such boundary stays one segment, however long.
/// </summary>
public sealed class SegmentSplitter(int targetChars, bool markdown)
{
    public int TargetChars { get; } = targetChars;

    // Text not yet handed out (a plain array: StringBuilder's indexer walks its chunks on every call).
    private char[] pending = new char[Math.Max(16, targetChars + targetChars / 4)];
    private int length;
    private int scanned;          // where the next unscanned line of `pending` starts
    private int lineFeedFrom;     // where to go on looking for the line feed that ends that line
    private bool inFence;         // Markdown: `scanned` is inside a fenced code block
    private int nextLine = 1;
    private int nextOffset;

    /// <summary>Adds decoded text; returns the segments it completes (none until enough text has come).</summary>
    public IReadOnlyList<TextSegment> Add(ReadOnlySpan<char> text)
    {
        if (length + text.Length > pending.Length) Array.Resize(ref pending, Math.Max(pending.Length * 2, length + text.Length));
        text.CopyTo(pending.AsSpan(length));
        length += text.Length;
        var done = new List<TextSegment>();
        while (length >= TargetChars && FindCut() is int cut) done.Add(Take(cut));
        return done;
    }

    /// <summary>The rest of the text, as the last segment (none when the text ended on a cut).</summary>
    public TextSegment? Finish() => length == 0 && nextOffset > 0 ? null : Take(length);

    /// <summary>The first cut at or after the target, scanning each line once; null until one is known.</summary>
    private int? FindCut()
    {
        while (true)
        {
            int lineEnd = pending.AsSpan(lineFeedFrom, length - lineFeedFrom).IndexOf('\n');
            if (lineEnd < 0)
            {
                lineFeedFrom = length;
                return null;
            }
            lineEnd += lineFeedFrom;
            lineFeedFrom = lineEnd;
            if (lineEnd + 1 >= length) return null; // the next line's first character is needed
            bool blank = IsBlank(scanned, lineEnd);
            if (markdown && IsFence(scanned, lineEnd)) inFence = !inFence;
            scanned = lineFeedFrom = lineEnd + 1;
            if (blank && scanned >= TargetChars && !inFence && StartsParagraph(pending[scanned])) return scanned;
        }
    }

    /// <summary>
    /// A line that can start a segment. Not one that opens with a quotation mark: a quotation running over several
    /// paragraphs opens each of them again, and its parts must stay in one segment to be read as one quotation.
    /// </summary>
    private bool StartsParagraph(char c) =>
        markdown ? char.IsLetterOrDigit(c) || c == '#' : !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u2039');

    private TextSegment Take(int count)
    {
        string text = new(pending, 0, count);
        Array.Copy(pending, count, pending, 0, length - count);
        length -= count;
        scanned = Math.Max(0, scanned - count);
        lineFeedFrom = Math.Max(scanned, lineFeedFrom - count);
        var segment = new TextSegment(text, nextLine, nextOffset);
        nextLine += CountLineEnds(text);
        nextOffset += count;
        return segment;
    }

    /// <summary>Line ends as <see cref="LineMap"/> counts them: LF, CR LF, and a CR alone.</summary>
    public static int CountLineEnds(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) count++;
        }
        return count;
    }

    private bool IsBlank(int start, int lineFeed)
    {
        for (int i = start; i < lineFeed; i++)
        {
            char c = pending[i];
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }

    private bool IsFence(int start, int lineFeed)
    {
        int i = start;
        while (i < lineFeed && pending[i] == ' ') i++;
        return i + 2 < lineFeed && (pending[i] == '`' || pending[i] == '~') && pending[i + 1] == pending[i] && pending[i + 2] == pending[i];
    }
}

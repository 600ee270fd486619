namespace StyleLint.Text;

/// <summary>Turns offsets into 1-based line and column (UTF-16 code units), for LF, CRLF and CR line ends.</summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
        lineStarts = starts.ToArray();
    }

    public int LineCount => lineStarts.Length;

    public (int Line, int Column) ToLineColumn(int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>The offset where a 1-based line starts.</summary>
    public int LineStart(int line) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Length - 1)];
}

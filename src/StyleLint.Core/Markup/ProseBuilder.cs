using System.Buffers;
using StyleLint.Analysis;
using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>
/// Assembles the analysed prose for an adapter: text copied from the source keeps an exact map back to it.
/// Blocks are separated by a blank line so no match runs from one block into the next.
/// </summary>
public sealed class ProseBuilder(SourceText source)
{
    /// <summary>Stands in for inline content that is not prose (inline code): not a letter, not punctuation.</summary>
    public const char Placeholder = '\uFFFC';

    // Prose is about as long as its source (markup removed, separators added): it is written into one pooled buffer
    // of that size and copied once into the document's string (a StringBuilder's buffer was a second copy to collect).
    private char[] buffer = ArrayPool<char>.Shared.Rent(source.Text.Length + 64);
    private int length;
    private readonly List<SourceMap.Segment> segments = new();
    private readonly List<Block> blocks = new();
    private BlockKind currentKind;
    private int currentLevel;
    private int blockStart = -1;
    private int lastSourceEnd;

    public SourceText Source => source;

    public bool InBlock => blockStart >= 0;

    public void BeginBlock(BlockKind kind, int headingLevel = 0)
    {
        if (InBlock) EndBlock();
        if (length > 0) AppendSynthetic("\n\n");
        currentKind = kind;
        currentLevel = headingLevel;
        blockStart = length;
    }

    public void EndBlock()
    {
        if (!InBlock) return;
        // Trailing white space is not part of the block.
        int end = length;
        while (end > blockStart && char.IsWhiteSpace(buffer[end - 1])) end--;
        if (end > blockStart)
        {
            blocks.Add(new Block(currentKind, TextSpan.FromBounds(blockStart, end), currentLevel));
        }
        blockStart = -1;
    }

    /// <summary>Copies source text verbatim: every character maps to its own place.</summary>
    public void AppendSource(int sourceStart, int length)
    {
        if (length <= 0) return;
        AddSegment(this.length, length, sourceStart, length);
        Append(source.Text.AsSpan(sourceStart, length));
    }

    /// <summary>Adds prose that stands for a source range of another length (an entity, an escape, inline code).</summary>
    public void AppendMapped(string prose, int sourceStart, int sourceLength)
    {
        if (prose.Length == 0) return;
        AddSegment(length, prose.Length, sourceStart, sourceLength);
        Append(prose);
    }

    /// <summary>Adds text that is in no source (separators); it maps to where the last source text ended.</summary>
    public void AppendSynthetic(string prose)
    {
        if (prose.Length == 0) return;
        AddSegment(length, prose.Length, lastSourceEnd, 0);
        Append(prose);
    }

    public ProseDocument Build()
    {
        EndBlock();
        string text = new(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
        length = 0;
        return new ProseDocument(source, text, blocks.ToArray(), new SourceMap(segments.ToArray()));
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (length + chars.Length > buffer.Length)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(length + chars.Length, 2 * buffer.Length));
            buffer.AsSpan(0, length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = bigger;
        }
        chars.CopyTo(buffer.AsSpan(length));
        length += chars.Length;
    }

    private void AddSegment(int proseStart, int proseLength, int sourceStart, int sourceLength)
    {
        segments.Add(new SourceMap.Segment(proseStart, proseLength, sourceStart, sourceLength));
        if (sourceLength > 0) lastSourceEnd = sourceStart + sourceLength;
    }
}

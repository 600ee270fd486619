using System.Text;
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

    // Prose is about as long as its source (markup removed, separators added): one buffer, not a chain of growing ones.
    private readonly StringBuilder text = new(source.Text.Length + 64);
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
        if (text.Length > 0) AppendSynthetic("\n\n");
        currentKind = kind;
        currentLevel = headingLevel;
        blockStart = text.Length;
    }

    public void EndBlock()
    {
        if (!InBlock) return;
        // Trailing white space is not part of the block.
        int end = text.Length;
        while (end > blockStart && char.IsWhiteSpace(text[end - 1])) end--;
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
        AddSegment(text.Length, length, sourceStart, length);
        text.Append(source.Text, sourceStart, length);
    }

    /// <summary>Adds prose that stands for a source range of another length (an entity, an escape, inline code).</summary>
    public void AppendMapped(string prose, int sourceStart, int sourceLength)
    {
        if (prose.Length == 0) return;
        AddSegment(text.Length, prose.Length, sourceStart, sourceLength);
        text.Append(prose);
    }

    /// <summary>Adds text that is in no source (separators); it maps to where the last source text ended.</summary>
    public void AppendSynthetic(string prose)
    {
        if (prose.Length == 0) return;
        AddSegment(text.Length, prose.Length, lastSourceEnd, 0);
        text.Append(prose);
    }

    public ProseDocument Build()
    {
        EndBlock();
        return new ProseDocument(source, text.ToString(), blocks.ToArray(), new SourceMap(segments.ToArray()));
    }

    private void AddSegment(int proseStart, int proseLength, int sourceStart, int sourceLength)
    {
        segments.Add(new SourceMap.Segment(proseStart, proseLength, sourceStart, sourceLength));
        if (sourceLength > 0) lastSourceEnd = sourceStart + sourceLength;
    }
}

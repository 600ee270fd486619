using StyleLint.Analysis;
using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>
/// What a markup adapter hands on: the prose of a file (blocks joined by blank lines, without markup, code,
/// URLs or attributes), its blocks, and the map back to the original file.
/// </summary>
public sealed class ProseDocument(SourceText source, string text, IReadOnlyList<Block> blocks, SourceMap map)
{
    public SourceText Source { get; } = source;

    public string Text { get; } = text;

    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public SourceMap Map { get; } = map;
}

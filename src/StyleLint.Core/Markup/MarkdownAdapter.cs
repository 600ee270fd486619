using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StyleLint.Analysis;
using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>
/// Markdown through Markdig: headings, paragraphs, list items, block quotes and table cells are prose; code
/// blocks, HTML blocks, front matter, inline code, autolinks and link targets are not. Inline code becomes a
/// placeholder character so the words around it keep their spacing.
/// </summary>
public sealed class MarkdownAdapter : IMarkupAdapter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    public ProseDocument Extract(SourceText source)
    {
        MarkdownDocument document = Markdown.Parse(source.Text, Pipeline);
        var builder = new ProseBuilder(source);
        WalkBlocks(document, BlockKind.Paragraph, builder);
        return builder.Build();
    }

    private static void WalkBlocks(ContainerBlock container, BlockKind context, ProseBuilder builder)
    {
        foreach (Markdig.Syntax.Block block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    builder.BeginBlock(BlockKind.Heading, heading.Level);
                    WalkInlines(heading.Inline, builder);
                    builder.EndBlock();
                    break;
                case ParagraphBlock paragraph:
                    builder.BeginBlock(context);
                    WalkInlines(paragraph.Inline, builder);
                    builder.EndBlock();
                    break;
                case QuoteBlock quote:
                    WalkBlocks(quote, BlockKind.BlockQuote, builder);
                    break;
                case ListItemBlock item:
                    WalkBlocks(item, BlockKind.ListItem, builder);
                    break;
                case TableCell cell:
                    WalkBlocks(cell, BlockKind.TableCell, builder);
                    break;
                case CodeBlock:
                case HtmlBlock:
                    break;
                case ContainerBlock other:
                    WalkBlocks(other, context, builder);
                    break;
            }
        }
    }

    private static void WalkInlines(ContainerInline? container, ProseBuilder builder)
    {
        if (container == null) return;
        foreach (Inline inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(literal.Content.AsSpan(), literal.Span, builder);
                    break;
                case LineBreakInline lineBreak:
                    builder.AppendMapped("\n", lineBreak.Span.Start, Math.Max(0, lineBreak.Span.Length));
                    break;
                case HtmlEntityInline entity:
                    builder.AppendMapped(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.Length);
                    break;
                case CodeInline code:
                    builder.AppendMapped(ProseBuilder.Placeholder.ToString(), code.Span.Start, code.Span.Length);
                    break;
                case AutolinkInline autolink:
                    builder.AppendMapped(ProseBuilder.Placeholder.ToString(), autolink.Span.Start, autolink.Span.Length);
                    break;
                case LinkInline { IsImage: true } image:
                    builder.AppendMapped(ProseBuilder.Placeholder.ToString(), image.Span.Start, image.Span.Length);
                    break;
                case HtmlInline:
                    break;
                case ContainerInline nested:
                    // Emphasis and link labels: their text is prose; the link target is not.
                    WalkInlines(nested, builder);
                    break;
            }
        }
    }

    /// <summary>
    /// Literal text is a slice of the source, except that Markdig's span can hold more than the text: a table
    /// cell's padding, the backslash of an escape (which it merges into the text after it). Each character is
    /// matched against the source so it maps exactly: an escaped character maps to its escape, padding is
    /// skipped, and anything unexpected maps the rest of the literal as a whole.
    /// </summary>
    private static void AppendLiteral(ReadOnlySpan<char> content, SourceSpan span, ProseBuilder builder)
    {
        string source = builder.Source.Text;
        int p = span.Start, end = Math.Min(source.Length, span.End + 1);
        if (p < 0 || end <= p)
        {
            builder.AppendMapped(content.ToString(), Math.Max(0, p), 0);
            return;
        }
        if (end - p == content.Length && content.SequenceEqual(source.AsSpan(p, end - p)))
        {
            builder.AppendSource(p, end - p);
            return;
        }

        int runStart = p, runLength = 0;
        for (int i = 0; i < content.Length;)
        {
            char c = content[i];
            if (p < end && source[p] == c)
            {
                if (runStart + runLength != p) { builder.AppendSource(runStart, runLength); runStart = p; runLength = 0; }
                runLength++;
                p++;
                i++;
                continue;
            }
            builder.AppendSource(runStart, runLength);
            runLength = 0;
            if (p + 1 < end && source[p] == '\\' && source[p + 1] == c)
            {
                builder.AppendMapped(c.ToString(), p, 2);
                p += 2;
                i++;
            }
            else if (p < end && char.IsWhiteSpace(source[p]))
            {
                p++;
            }
            else
            {
                builder.AppendMapped(content[i..].ToString(), Math.Min(p, end), Math.Max(0, end - p));
                return;
            }
            runStart = p;
        }
        builder.AppendSource(runStart, runLength);
    }
}

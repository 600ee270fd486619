namespace StyleLint.Analysis;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    BlockQuote,
    TableCell,
}

/// <summary>One block of prose in the analysed text: a paragraph, a heading, a list item's text…</summary>
public readonly record struct Block(BlockKind Kind, TextSpan Span, int HeadingLevel = 0)
{
    public bool IsHeading => Kind == BlockKind.Heading;
}

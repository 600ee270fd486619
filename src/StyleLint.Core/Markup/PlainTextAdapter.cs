using StyleLint.Analysis;
using StyleLint.Suppression;
using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>
/// Plain text as newsrooms write it: one paragraph per line (as CMS exports and the wire deliver copy), or
/// paragraphs separated by blank lines when the text is hard-wrapped. The first line is a headline when a
/// blank line follows it. Lines holding only a stylelint comment are directives, not prose.
/// </summary>
public sealed class PlainTextAdapter : IMarkupAdapter
{
    /// <summary>Longer first lines are paragraphs, not headlines.</summary>
    public const int MaxHeadlineLength = 200;

    /// <summary>
    /// For a segment of a larger file: whether the whole file is hard-wrapped (null: judge this text alone) and
    /// whether this text begins the file (only a file's first line can be its headline).
    /// </summary>
    public PlainTextAdapter(bool? hardWrapped = null, bool beginsFile = true)
    {
        this.hardWrapped = hardWrapped;
        this.beginsFile = beginsFile;
    }

    private readonly bool? hardWrapped;
    private readonly bool beginsFile;

    public ProseDocument Extract(SourceText source)
    {
        List<(int Start, int End)> lines = SplitLines(source.Text);
        bool hardWrapped = this.hardWrapped ?? WrapTally.Of(source.Text, lines).IsHardWrapped;
        var builder = new ProseBuilder(source);

        for (int i = 0; i < lines.Count; i++)
        {
            (int start, int end) = lines[i];
            ReadOnlySpan<char> line = source.Text.AsSpan(start, end - start);
            if (line.Trim().IsEmpty || InlineDirectives.IsDirectiveLine(line))
            {
                builder.EndBlock();
                continue;
            }

            bool isHeadline = i == 0 && beginsFile && lines.Count > 1 && IsBlank(source.Text, lines[1]) && line.Trim().Length <= MaxHeadlineLength;
            if (isHeadline)
            {
                builder.BeginBlock(BlockKind.Heading, 1);
            }
            else if (!hardWrapped || !builder.InBlock)
            {
                builder.BeginBlock(BlockKind.Paragraph);
            }
            else
            {
                // A hard-wrapped paragraph goes on: keep the line break itself as white space.
                int previousEnd = lines[i - 1].End;
                builder.AppendSource(previousEnd, start - previousEnd);
            }

            builder.AppendSource(start, end - start);
            if (isHeadline) builder.EndBlock();
        }
        return builder.Build();
    }

    internal static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        while (true)
        {
            // Lines are long (a paragraph each): a vectorised search for the next line end.
            int found = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (found < 0) break;
            int i = start + found;
            lines.Add((start, i));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add((start, text.Length));
        return lines;
    }

    internal static bool IsBlank(string text, (int Start, int End) line) =>
        text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace();
}

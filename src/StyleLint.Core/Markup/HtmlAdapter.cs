using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StyleLint.Analysis;
using StyleLint.Text;

namespace StyleLint.Markup;

/// <summary>
/// HTML through AngleSharp, which parses (and repairs) it as a browser does. The prose is the text of paragraphs,
/// headings, list items, block quotes, table cells, captions and definition lists, and text left loose in
/// containers (body, div, article…). Scripts, styles, preformatted text, templates, head, comments and every
/// attribute are not prose; inline code, images and other embedded content become a placeholder character so
/// the words around them keep their spacing; a line break is a line break. Each character of prose maps back to
/// its exact place in the file: the source is kept verbatim, and an entity maps to the whole reference.
/// </summary>
public sealed class HtmlAdapter : IMarkupAdapter
{
    private enum Role
    {
        /// <summary>Phrasing content: its text is prose within the current block.</summary>
        Inline,

        /// <summary>Starts and ends a block; text in it is prose.</summary>
        Block,

        /// <summary>Not rendered as prose, and no break in it either (script, style, head…).</summary>
        Hidden,

        /// <summary>A block that is not prose (preformatted text, a rule).</summary>
        SkippedBlock,

        /// <summary>Inline content that is not prose (code, images, media): one placeholder character.</summary>
        Placeholder,

        LineBreak,
    }

    private static readonly Dictionary<string, Role> Roles = BuildRoles();

    private static readonly string PlaceholderText = ProseBuilder.Placeholder.ToString();

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    public ProseDocument Extract(SourceText source)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        IHtmlDocument document = parser.ParseDocument(source.Text);
        var rawTextStarts = new HashSet<int>();
        CollectRawTextElements(document, source.Text, rawTextStarts);
        var walker = new Walker(source, rawTextStarts);
        if (document.DocumentElement is { } root) walker.Visit(root, new Context(BlockKind.Paragraph, 0));
        return walker.Build();
    }

    private static void CollectRawTextElements(INode parent, string text, HashSet<int> starts)
    {
        foreach (INode child in parent.ChildNodes)
        {
            if (child is not IElement element) continue;
            int start = StartOf(element, text);
            if (start >= 0 && element.NamespaceUri == NamespaceNames.HtmlUri && HtmlSourceAligner.IsRawText(element.LocalName))
            {
                starts.Add(start);
            }
            CollectRawTextElements(element is IHtmlTemplateElement template ? template.Content : element, text, starts);
        }
    }

    /// <summary>Where the element's start tag is in the source, or -1 (elements the parser made up or cloned).</summary>
    private static int StartOf(IElement element, string text)
    {
        int index = element.SourceReference?.Position.Index ?? -1;
        return index >= 0 && index < text.Length && text[index] == '<' ? index : -1;
    }

    private static Dictionary<string, Role> BuildRoles()
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (string name in new[]
        {
            "html", "body", "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "legend", "li", "main", "menu", "nav", "ol", "p", "search", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "frameset",
        })
        {
            roles[name] = Role.Block;
        }
        foreach (string name in new[]
        {
            "head", "title", "script", "style", "template", "noscript", "meta", "link", "base", "noembed", "noframes",
            "datalist", "rp", "rt",
        })
        {
            roles[name] = Role.Hidden;
        }
        foreach (string name in new[] { "pre", "listing", "xmp", "plaintext", "hr" }) roles[name] = Role.SkippedBlock;
        foreach (string name in new[]
        {
            "code", "kbd", "samp", "img", "picture", "svg", "math", "iframe", "object", "embed", "video", "audio",
            "canvas", "textarea", "select", "input",
        })
        {
            roles[name] = Role.Placeholder;
        }
        roles["br"] = Role.LineBreak;
        return roles;
    }

    /// <summary>The kind of block loose text opens here, and a heading's level.</summary>
    private readonly record struct Context(BlockKind Kind, int Level);

    private sealed class Walker(SourceText source, IReadOnlySet<int> rawTextStarts)
    {
        private readonly ProseBuilder builder = new(source);
        private readonly HtmlSourceAligner aligner = new(source.Text, rawTextStarts);

        // Placeholders (and the white space after them) met before a block's first text.
        private readonly List<HtmlSourceAligner.Piece> pending = new();

        public ProseDocument Build()
        {
            EndBlock();
            return builder.Build();
        }

        public void Visit(INode node, Context context)
        {
            switch (node)
            {
                case IText text:
                    foreach (HtmlSourceAligner.Piece piece in aligner.Align(text.Data, AnchorOf(text))) Write(piece, context);
                    break;
                case IElement element:
                    VisitElement(element, context);
                    break;
                // Comments, doctypes and processing instructions are not prose.
            }
        }

        private void VisitElement(IElement element, Context context)
        {
            int start = StartOf(element);
            if (start >= 0) aligner.Cursor = start;

            switch (Roles.GetValueOrDefault(element.LocalName, Role.Inline))
            {
                case Role.Inline:
                    VisitChildren(element, context);
                    break;
                case Role.Block:
                    EndBlock();
                    VisitChildren(element, ContextOf(element.LocalName, context));
                    EndBlock();
                    break;
                case Role.Hidden:
                    Consume(element);
                    break;
                case Role.SkippedBlock:
                    EndBlock();
                    Consume(element);
                    break;
                case Role.Placeholder:
                    (int from, int to) = Consume(element);
                    // A copy the parser made of a misnested element stands for no source of its own.
                    if (to > from) Write(new HtmlSourceAligner.Piece(from, to - from, PlaceholderText), context);
                    break;
                case Role.LineBreak:
                    if (start >= 0) aligner.Cursor = aligner.MarkupEnd(start);
                    int at = start >= 0 ? start : aligner.Cursor;
                    Write(new HtmlSourceAligner.Piece(at, aligner.Cursor - at, "\n"), context);
                    break;
            }
        }

        private void VisitChildren(INode parent, Context context)
        {
            foreach (INode child in parent.ChildNodes) Visit(child, context);
        }

        private static Context ContextOf(string name, Context outer) => name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => new Context(BlockKind.Heading, name[1] - '0'),
            "li" => new Context(BlockKind.ListItem, 0),
            "blockquote" => new Context(BlockKind.BlockQuote, 0),
            "td" or "th" => new Context(BlockKind.TableCell, 0),
            _ => outer,
        };

        /// <summary>
        /// Walks past an element that is not prose, claiming its text so later text is not looked for inside it;
        /// returns the element's source range, end tag included.
        /// </summary>
        private (int Start, int End) Consume(IElement element)
        {
            string name = element.LocalName;
            int start = StartOf(element);
            if (start >= 0 && (rawTextStarts.Contains(start) || VoidElements.Contains(name)))
            {
                aligner.Cursor = aligner.MarkupEnd(start);
                return (start, aligner.Cursor);
            }
            if (start < 0) start = aligner.Cursor;

            ConsumeChildren(element is IHtmlTemplateElement template ? template.Content : element);
            aligner.Cursor = aligner.EndTagAfter(name, aligner.Cursor);
            return (start, Math.Max(start, aligner.Cursor));
        }

        private void ConsumeChildren(INode parent)
        {
            foreach (INode child in parent.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        aligner.Align(text.Data, AnchorOf(text));
                        break;
                    case IElement element:
                        int start = StartOf(element);
                        if (start >= 0) aligner.Cursor = start;
                        Consume(element);
                        break;
                }
            }
        }

        /// <summary>
        /// Adds prose. Text opens a block when none is open; white space and placeholders met before a block's
        /// first text wait for it (leading white space only after a placeholder), so no block is made of them alone.
        /// </summary>
        private void Write(HtmlSourceAligner.Piece piece, Context context)
        {
            if (builder.InBlock)
            {
                Append(piece);
                return;
            }
            if (piece.Text == null)
            {
                int space = 0;
                while (space < piece.SourceLength && char.IsWhiteSpace(source.Text[piece.SourceStart + space])) space++;
                if (space > 0 && pending.Count > 0) pending.Add(piece with { SourceLength = space });
                if (space == piece.SourceLength) return;
                piece = new HtmlSourceAligner.Piece(piece.SourceStart + space, piece.SourceLength - space, null);
            }
            else if (string.IsNullOrWhiteSpace(piece.Text) || piece.Text == PlaceholderText)
            {
                if (pending.Count > 0 || piece.Text == PlaceholderText) pending.Add(piece);
                return;
            }

            builder.BeginBlock(context.Kind, context.Level);
            foreach (HtmlSourceAligner.Piece waiting in pending) Append(waiting);
            pending.Clear();
            Append(piece);
        }

        private void Append(HtmlSourceAligner.Piece piece)
        {
            if (piece.Text == null) builder.AppendSource(piece.SourceStart, piece.SourceLength);
            else builder.AppendMapped(piece.Text, piece.SourceStart, piece.SourceLength);
        }

        private void EndBlock()
        {
            builder.EndBlock();
            pending.Clear();
        }

        private int StartOf(IElement element) => HtmlAdapter.StartOf(element, source.Text);

        private int AnchorOf(INode node)
        {
            for (IElement? e = node.ParentElement; e != null; e = e.ParentElement)
            {
                int start = StartOf(e);
                if (start >= 0) return start;
            }
            return -1;
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StyleLint.Vale;

/// <summary>One unit Vale lints: its text and the scopes it belongs to (heading, heading.h2, list, table, link, …).</summary>
public sealed class ValeBlock(string text, IReadOnlySet<string> scopes, bool inline, int offset = -1)
{
    public string Text { get; } = text;
    public IReadOnlySet<string> Scopes { get; } = scopes;

    /// <summary>Inline scopes (link, strong, code, alt) are linted only by rules that name them.</summary>
    public bool Inline { get; } = inline;

    /// <summary>Where the text starts in the file when it is known exactly (plain text); -1 when located by search.</summary>
    public int Offset { get; } = offset;
}

/// <summary>
/// A file as Vale sees it: the raw content, a copy with code masked (where matches are located, as Vale
/// locates them by searching the file), and the blocks in document order.
/// </summary>
public sealed class ValeDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UseAutoLinks()
        .Build();

    private static readonly Regex Url = new(@"https?://[^\s<>()\[\]]+", RegexOptions.CultureInvariant);

    public string Raw { get; }
    public string Context { get; }
    public List<ValeBlock> Blocks { get; } = [];
    public string Format { get; }
    private readonly Dictionary<string, double> metrics = new(StringComparer.Ordinal);

    private ValeDocument(string raw, string context, string format)
    {
        Raw = raw;
        Context = context;
        Format = format;
    }

    public IReadOnlyDictionary<string, double> Metrics() => metrics;

    private void Count(string name) => metrics[name] = metrics.TryGetValue(name, out double v) ? v + 1 : 1;

    public static ValeDocument Create(string raw, string format) => format switch
    {
        "markdown" => FromMarkdown(raw),
        "html" => FromHtml(raw),
        _ => FromPlainText(raw),
    };

    public static ValeDocument FromPlainText(string raw)
    {
        var document = new ValeDocument(raw, raw, "text");
        foreach (Match paragraph in Regex.Matches(raw, @"(?:[^\n]|\n(?![ \t]*\n))+"))
        {
            string text = paragraph.Value.TrimEnd('\r', '\n');
            if (text.Trim().Length == 0) continue;
            document.Blocks.Add(new ValeBlock(text, Set("text", "paragraph"), false, paragraph.Index));
        }
        return document;
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    // ---------------------------------------------------------------- Markdown

    public static ValeDocument FromMarkdown(string raw)
    {
        MarkdownDocument md = Markdown.Parse(raw, Pipeline);
        char[] context = raw.ToCharArray();
        var document = new ValeDocument(raw, "", "markdown");
        document.WalkMarkdown(md, "paragraph", context, raw);
        return new ValeDocument(raw, new string(context), "markdown").With(document);
    }

    private ValeDocument With(ValeDocument other)
    {
        Blocks.AddRange(other.Blocks);
        foreach (var m in other.metrics) metrics[m.Key] = m.Value;
        return this;
    }

    private static void Mask(char[] context, int start, int end)
    {
        for (int i = Math.Max(0, start); i < Math.Min(end, context.Length); i++)
        {
            if (context[i] != '\n' && context[i] != '\r') context[i] = '*';
        }
    }

    private void WalkMarkdown(ContainerBlock container, string kind, char[] context, string raw)
    {
        foreach (Markdig.Syntax.Block block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                {
                    string level = "h" + heading.Level;
                    Count("heading." + level);
                    var scopes = Set("text", "heading", "heading." + level, level);
                    AddInlineBlock(heading.Inline, scopes, context);
                    break;
                }
                case ParagraphBlock paragraph:
                    AddInlineBlock(paragraph.Inline, Set("text", kind), context);
                    break;
                case QuoteBlock quote:
                    Count("blockquote");
                    WalkMarkdown(quote, "blockquote", context, raw);
                    break;
                case ListBlock list:
                    Count("list");
                    WalkMarkdown(list, "list", context, raw);
                    break;
                case ListItemBlock item:
                    WalkMarkdown(item, "list", context, raw);
                    break;
                case Table table:
                    Count("table");
                    foreach (var row in table.OfType<TableRow>())
                    {
                        foreach (var cell in row.OfType<TableCell>())
                        {
                            foreach (var p in cell.OfType<ParagraphBlock>())
                            {
                                AddInlineBlock(p.Inline, Set("text", "table", row.IsHeader ? "table.header" : "table.cell"), context);
                            }
                        }
                    }
                    break;
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock front:
                    Mask(context, front.Span.Start, front.Span.End + 1);
                    break;
                case CodeBlock code:
                    Count("code");
                    if (code is FencedCodeBlock fenced)
                    {
                        // The fence lines stay; the code between them is masked.
                        int first = raw.IndexOf('\n', code.Span.Start);
                        int last = code.Span.End + 1;
                        int closing = raw.LastIndexOf('\n', Math.Min(last, raw.Length - 1) - 1);
                        if (first >= 0 && fenced.ClosingFencedCharCount > 0 && closing > first) Mask(context, first, closing);
                        else if (first >= 0) Mask(context, first, last);
                    }
                    else
                    {
                        Mask(context, code.Span.Start, code.Span.End + 1);
                    }
                    break;
                case HtmlBlock:
                    break;
                case ContainerBlock other:
                    WalkMarkdown(other, kind, context, raw);
                    break;
            }
        }
    }

    private void AddInlineBlock(ContainerInline? inline, HashSet<string> scopes, char[] context)
    {
        if (inline == null) return;
        var text = new StringBuilder();
        var inlines = new List<ValeBlock>();
        WalkInlines(inline, text, inlines, context);
        string value = text.ToString();
        if (value.Trim().Length > 0) Blocks.Add(new ValeBlock(value, scopes, false));
        Blocks.AddRange(inlines);
    }

    private static void WalkInlines(ContainerInline container, StringBuilder text, List<ValeBlock> inlines, char[] context)
    {
        foreach (Inline inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                {
                    string s = literal.Content.ToString();
                    text.Append(Url.Replace(s, ""));
                    break;
                }
                case CodeInline code:
                    inlines.Add(new ValeBlock("`" + code.Content + "`", Set("code"), true));
                    text.Append(new string('*', code.Content.Length));
                    Mask(context, code.Span.Start + code.DelimiterCount, code.Span.End + 1 - code.DelimiterCount);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case AutolinkInline:
                    break;
                case HtmlInline:
                case HtmlEntityInline:
                    if (inline is HtmlEntityInline entity) text.Append(entity.Transcoded.ToString());
                    break;
                case LinkInline link when link.IsImage:
                {
                    var alt = new StringBuilder();
                    WalkInlines(link, alt, inlines, context);
                    inlines.Add(new ValeBlock(alt.ToString(), Set("text", "alt"), false));
                    break;
                }
                case LinkInline link:
                {
                    if (link.IsAutoLink) break;
                    int before = text.Length;
                    WalkInlines(link, text, inlines, context);
                    inlines.Add(new ValeBlock(text.ToString(before, text.Length - before), Set("link"), true));
                    break;
                }
                case EmphasisInline emphasis:
                {
                    int before = text.Length;
                    WalkInlines(emphasis, text, inlines, context);
                    string scope = emphasis.DelimiterCount >= 2 ? "strong" : "emphasis";
                    inlines.Add(new ValeBlock(text.ToString(before, text.Length - before), Set(scope), true));
                    break;
                }
                case ContainerInline other:
                    WalkInlines(other, text, inlines, context);
                    break;
            }
        }
    }

    // ---------------------------------------------------------------- HTML

    public static ValeDocument FromHtml(string raw)
    {
        var parser = new HtmlParser();
        IDocument html = parser.ParseDocument(raw);
        var document = new ValeDocument(raw, raw, "html");
        if (html.Body != null) document.WalkHtml(html.Body, "paragraph");
        return document;
    }

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "pre", "code", "figure", "noscript", "template" };

    private void WalkHtml(IElement element, string kind)
    {
        foreach (INode node in element.ChildNodes)
        {
            if (node is not IElement child) continue;
            string tag = child.LocalName;
            if (Skipped.Contains(tag)) continue;
            switch (tag)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Count("heading." + tag);
                    AddHtmlBlock(child, Set("text", "heading", "heading." + tag, tag));
                    break;
                case "p":
                    AddHtmlBlock(child, Set("text", kind));
                    break;
                case "li":
                    if (child.Children.Any(c => c.LocalName is "p" or "ul" or "ol")) WalkHtml(child, "list");
                    else AddHtmlBlock(child, Set("text", "list"));
                    break;
                case "td" or "th":
                    AddHtmlBlock(child, Set("text", "table", tag == "th" ? "table.header" : "table.cell"));
                    break;
                case "blockquote":
                    Count("blockquote");
                    if (child.Children.Any(c => c.LocalName == "p")) WalkHtml(child, "blockquote");
                    else AddHtmlBlock(child, Set("text", "blockquote"));
                    break;
                case "ul" or "ol":
                    Count("list");
                    WalkHtml(child, "list");
                    break;
                case "table":
                    Count("table");
                    WalkHtml(child, kind);
                    break;
                case "img":
                    if (child.GetAttribute("alt") is { Length: > 0 } alt) Blocks.Add(new ValeBlock(alt, Set("text", "alt"), false));
                    break;
                default:
                    if (child.Children.Any(c => IsBlockTag(c.LocalName))) WalkHtml(child, kind);
                    else if (tag is "div" or "section" or "article" or "main" or "dd" or "dt" or "figcaption" or "caption" or "header" or "footer" or "span" or "a" or "em" or "strong" or "b" or "i")
                    {
                        AddHtmlBlock(child, Set("text", kind));
                    }
                    break;
            }
        }
    }

    private static bool IsBlockTag(string tag) => tag is "p" or "div" or "ul" or "ol" or "li" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "section" or "article" or "pre" or "tr" or "td" or "th" or "tbody" or "thead";

    private void AddHtmlBlock(IElement element, HashSet<string> scopes)
    {
        var text = new StringBuilder();
        var inlines = new List<ValeBlock>();
        HtmlText(element, text, inlines);
        string value = text.ToString();
        if (value.Trim().Length > 0) Blocks.Add(new ValeBlock(value, scopes, false));
        Blocks.AddRange(inlines);
    }

    private static void HtmlText(INode node, StringBuilder text, List<ValeBlock> inlines)
    {
        foreach (INode child in node.ChildNodes)
        {
            if (child is IText t) { text.Append(t.Data); continue; }
            if (child is not IElement e) continue;
            string tag = e.LocalName;
            if (tag is "script" or "style") continue;
            if (tag == "code")
            {
                inlines.Add(new ValeBlock(e.TextContent, Set("code"), true));
                text.Append(new string('*', e.TextContent.Length));
                continue;
            }
            if (tag == "img")
            {
                if (e.GetAttribute("alt") is { Length: > 0 } alt) inlines.Add(new ValeBlock(alt, Set("text", "alt"), false));
                continue;
            }
            int before = text.Length;
            HtmlText(e, text, inlines);
            string scope = tag switch { "a" => "link", "strong" or "b" => "strong", "em" or "i" => "emphasis", _ => "" };
            if (scope.Length > 0) inlines.Add(new ValeBlock(text.ToString(before, text.Length - before), Set(scope), true));
        }
    }
}

/// <summary>Vale's scope selectors: "heading.h2", "paragraph", "~blockquote", "heading &amp; ~heading.h1", any of a list.</summary>
public static class ValeScopes
{
    public static bool Matches(IReadOnlyList<string> ruleScopes, ValeBlock block)
    {
        foreach (string scope in ruleScopes)
        {
            if (MatchesOne(scope, block)) return true;
        }
        return false;
    }

    private static bool MatchesOne(string selector, ValeBlock block)
    {
        string[] parts = selector.Split('&', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bool anyPositive = false;
        foreach (string part in parts)
        {
            bool negated = part.StartsWith('~');
            string name = negated ? part[1..] : part;
            if (name == "sentence") name = "text";
            bool has = Has(name, block);
            if (negated && has) return false;
            if (!negated)
            {
                anyPositive = true;
                if (!has) return false;
            }
        }
        if (!anyPositive) return !block.Inline;
        return true;
    }

    private static bool Has(string name, ValeBlock block)
    {
        if (name == "text") return !block.Inline;
        if (name == "summary") return !block.Inline && !block.Scopes.Contains("heading");
        return block.Scopes.Contains(name);
    }

    public static bool IsRaw(IReadOnlyList<string> scopes) => scopes.Any(s => s.Trim() == "raw");

    public static bool IsSentence(IReadOnlyList<string> scopes) => scopes.Any(s => s.Contains("sentence", StringComparison.Ordinal));
}

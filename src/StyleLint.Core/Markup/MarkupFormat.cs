namespace StyleLint.Markup;

public enum MarkupFormat
{
    PlainText,
    Markdown,
    Html,
}

public static class MarkupFormats
{
    /// <summary>The file extensions StyleLint lints when given a folder.</summary>
    public static readonly string[] Extensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];

    public static MarkupFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => MarkupFormat.Markdown,
        ".html" or ".htm" => MarkupFormat.Html,
        _ => MarkupFormat.PlainText,
    };

    public static bool IsLintable(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static IMarkupAdapter AdapterFor(MarkupFormat format) => format switch
    {
        MarkupFormat.Markdown => new MarkdownAdapter(),
        MarkupFormat.Html => new HtmlAdapter(),
        _ => new PlainTextAdapter(),
    };
}

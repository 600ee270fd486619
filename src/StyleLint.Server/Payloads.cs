using System.Text.Json;
using StyleLint.Markup;

namespace StyleLint.Server;

/// <summary>One text to lint: its name in findings (a field name, or the request's path), its markup, and whether it is a headline.</summary>
public sealed record LintDocument(string Name, string Text, MarkupFormat Format, bool Headline = false);

/// <summary>A check request after its payload adapter: the documents of one story, an optional per-request config and path.</summary>
public sealed record LintRequest(IReadOnlyList<LintDocument> Documents, JsonElement? Config, string? Path);

/// <summary>
/// The payload adapters: a JSON body in one of three shapes, or a plain text, Markdown or HTML body.
/// <list type="bullet">
/// <item><c>{"text"|"markdown"|"html": "...", "path"?, "config"?}</c>: one document.</item>
/// <item><c>{"fields": {"title": "...", "standfirst": "...", "body": {"html": "..."}}, "path"?, "config"?}</c>: every
/// field of a story (a string is plain text; fields named *title or *headline are headlines).</item>
/// <item>a WordPress-style post <c>{"post_title", "post_excerpt"?, "post_content"}</c> (post_content is HTML; the post's
/// other fields are ignored).</item>
/// </list>
/// Several documents are one story: consistency rules (U.S./US, -ise/-ize) compare them with each other.
/// </summary>
public static class Payloads
{
    public const int MaxPathLength = 1024;

    private static readonly string[] SingleKeys = ["text", "markdown", "html"];
    private static readonly string[] CommonKeys = ["path", "config"];
    private static readonly string[] WordPressKeys = ["post_title", "post_excerpt", "post_content"];

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32 };

    /// <summary>The markup of a raw (non-JSON) body, by its media type; null for a type the server does not take.</summary>
    public static MarkupFormat? RawFormat(string mediaType) => mediaType switch
    {
        "text/plain" => MarkupFormat.PlainText,
        "text/markdown" or "text/x-markdown" => MarkupFormat.Markdown,
        "text/html" => MarkupFormat.Html,
        _ => null,
    };

    public static LintRequest FromJson(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            bool encoding = e.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || e.InnerException is System.Text.DecoderFallbackException;
            throw ApiException.BadRequest(encoding ? "invalid_encoding" : "invalid_json",
                encoding ? $"the body is not valid UTF-8{where}" : $"the body is not valid JSON{where}: {FirstSentence(e.Message)}");
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ApiException.BadRequest("invalid_request", "the body must be a JSON object: {\"text\": \"...\"}, {\"fields\": {...}} or a post {\"post_title\", \"post_content\"}");
            }
            try
            {
                JsonElement? config = root.TryGetProperty("config", out JsonElement c) && c.ValueKind != JsonValueKind.Null ? c.Clone() : null;
                string? path = OptionalString(root, "path");
                if (path != null) CheckPath(path);

                if (WordPressKeys.Any(k => root.TryGetProperty(k, out _))) return new LintRequest(NotEmpty(WordPress(root)), config, path);
                if (root.TryGetProperty("fields", out JsonElement fields))
                {
                    RefuseUnknown(root, ["fields", .. CommonKeys], "a fields request");
                    return new LintRequest(NotEmpty(Fields(fields)), config, path);
                }
                RefuseUnknown(root, [.. SingleKeys, .. CommonKeys], "a check request");
                string[] given = SingleKeys.Where(k => root.TryGetProperty(k, out _)).ToArray();
                if (given.Length != 1)
                {
                    throw ApiException.BadRequest("invalid_request", given.Length == 0
                        ? "nothing to check: give one of text, markdown or html, or fields, or a post (post_title, post_content)"
                        : $"give one of text, markdown or html, not {string.Join(" and ", given)}");
                }
                string text = RequiredString(root, given[0]);
                return new LintRequest([new LintDocument(path ?? given[0], text, FormatOf(given[0]))], config, path);
            }
            catch (InvalidOperationException e)
            {
                // A string with an escaped lone surrogate (\ud800) cannot become text.
                throw ApiException.BadRequest("invalid_encoding", "a string in the body is not valid Unicode: " + FirstSentence(e.Message));
            }
        }
    }

    /// <summary>A gate asked about nothing must not answer "allow".</summary>
    private static List<LintDocument> NotEmpty(List<LintDocument> documents) =>
        documents.Count > 0 ? documents : throw ApiException.BadRequest("invalid_request", "nothing to check: every field is missing or null");

    /// <summary>WordPress's post object: title and excerpt are plain text, content is HTML.</summary>
    private static List<LintDocument> WordPress(JsonElement root)
    {
        var documents = new List<LintDocument>();
        if (OptionalString(root, "post_title") is { } title) documents.Add(new LintDocument("post_title", title, MarkupFormat.PlainText, Headline: true));
        if (OptionalString(root, "post_excerpt") is { } excerpt) documents.Add(new LintDocument("post_excerpt", excerpt, MarkupFormat.PlainText));
        if (OptionalString(root, "post_content") is { } content) documents.Add(new LintDocument("post_content", content, MarkupFormat.Html));
        return documents;
    }

    private static List<LintDocument> Fields(JsonElement fields)
    {
        if (fields.ValueKind != JsonValueKind.Object) throw ApiException.BadRequest("invalid_request", "'fields' must be an object of field name to text");
        var documents = new List<LintDocument>();
        foreach (JsonProperty field in fields.EnumerateObject())
        {
            string name = field.Name;
            if (name.Length == 0 || name.Length > 200 || name.Any(char.IsControl))
            {
                throw ApiException.BadRequest("invalid_request", "a field name must have 1 to 200 characters, none of them control characters");
            }
            bool headline = IsHeadlineName(name);
            switch (field.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    documents.Add(new LintDocument(name, field.Value.GetString()!, MarkupFormat.PlainText, headline));
                    break;
                case JsonValueKind.Object:
                    RefuseUnknown(field.Value, [.. SingleKeys, "headline"], $"field '{name}'");
                    string[] given = SingleKeys.Where(k => field.Value.TryGetProperty(k, out _)).ToArray();
                    if (given.Length != 1) throw ApiException.BadRequest("invalid_request", $"field '{name}' needs exactly one of text, markdown or html");
                    if (field.Value.TryGetProperty("headline", out JsonElement flag))
                    {
                        headline = flag.ValueKind switch
                        {
                            JsonValueKind.True => true,
                            JsonValueKind.False => false,
                            _ => throw ApiException.BadRequest("invalid_request", $"field '{name}': 'headline' is true or false"),
                        };
                    }
                    documents.Add(new LintDocument(name, RequiredString(field.Value, given[0]), FormatOf(given[0]), headline && given[0] == "text"));
                    break;
                default:
                    throw ApiException.BadRequest("invalid_request", $"field '{name}' must be a string or an object {{\"text\"|\"markdown\"|\"html\": \"...\"}}");
            }
        }
        return documents;
    }

    /// <summary>
    /// Titles and headlines are checked as headlines (headline style, no full stop); a subtitle or subheadline is a
    /// sentence (a standfirst), not a headline.
    /// </summary>
    public static bool IsHeadlineName(string name) =>
        (name.EndsWith("title", StringComparison.OrdinalIgnoreCase) || name.EndsWith("headline", StringComparison.OrdinalIgnoreCase)
            || name.Equals("hed", StringComparison.OrdinalIgnoreCase))
        && !name.StartsWith("sub", StringComparison.OrdinalIgnoreCase);

    private static MarkupFormat FormatOf(string key) => key switch
    {
        "markdown" => MarkupFormat.Markdown,
        "html" => MarkupFormat.Html,
        _ => MarkupFormat.PlainText,
    };

    private static void RefuseUnknown(JsonElement element, string[] known, string what)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw ApiException.BadRequest("invalid_request", $"unknown field '{property.Name}' in {what}; it has: {string.Join(", ", known)}");
            }
        }
    }

    private static string RequiredString(JsonElement element, string key) =>
        element.GetProperty(key) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw ApiException.BadRequest("invalid_request", $"'{key}' must be a string");

    private static string? OptionalString(JsonElement element, string key)
    {
        if (!element.TryGetProperty(key, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw ApiException.BadRequest("invalid_request", $"'{key}' must be a string");
    }

    /// <summary>A path names the story in findings and picks the config's overrides; it is never opened.</summary>
    public static void CheckPath(string path)
    {
        if (path.Length == 0 || path.Length > MaxPathLength || path.Any(char.IsControl))
        {
            throw ApiException.BadRequest("invalid_request", $"'path' must be 1 to {MaxPathLength} characters without control characters");
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}

using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace StyleLint.Server;

/// <summary>
/// The OpenAPI document at /openapi.json (Microsoft.AspNetCore.OpenApi). The endpoints read their bodies themselves
/// (to answer 415/413/400 with JSON errors), so these types exist to describe the bodies; a test keeps
/// <see cref="Finding"/> in step with the CLI's JSON finding.
/// </summary>
public static class ApiDocument
{
    public const string Path = "/openapi.json";

    public const string BodyHelp =
        "JSON bodies: {\"text\"|\"markdown\"|\"html\": \"...\", \"path\"?, \"config\"?}; {\"fields\": {\"title\": \"...\", \"standfirst\": \"...\", \"body\": {\"html\": \"...\"}}}; " +
        "or a WordPress-style post {\"post_title\", \"post_excerpt\"?, \"post_content\" (HTML)}. Several fields are one story: consistency rules compare them. " +
        "A text/plain, text/markdown or text/html body is linted as it is (?path= names it). Bodies are UTF-8, at most 2 MB by default.";

    internal static void Add(IServiceCollection services) => services.AddOpenApi("v1", options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "StyleLint",
                Version = "v1",
                Description = "Editorial style checks for news copy, for content systems to call before a story is published. " +
                    "Send 'Authorization: Bearer <token>' to /v1 endpoints.",
            };
            document.Servers?.Clear();
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A token from STYLELINT_TOKENS or the server's --token-file.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancel) =>
        {
            string route = context.Description.RelativePath ?? "";
            if (route.StartsWith("v1/", StringComparison.Ordinal))
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] }];
            }
            if (route is "v1/check" or "v1/publish-gate")
            {
                // Described here rather than with Accepts(): Accepts metadata would let routing turn away other media
                // types before the endpoint can answer 415 with a JSON body.
                var text = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The article itself (UTF-8); ?path= names it." } };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = BodyHelp,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(CheckRequest), null, cancel) },
                        ["text/plain"] = text,
                        ["text/markdown"] = text,
                        ["text/html"] = text,
                    },
                };
            }
        });
    });

    internal static void Map(WebApplication app) => app.MapOpenApi(Path);

    [Description("A check request: one of text, markdown or html; or fields; or a WordPress-style post.")]
    public sealed class CheckRequest
    {
        [Description("Plain text: one paragraph per line; the first line is the headline when a blank line follows it.")]
        public string? Text { get; init; }

        [Description("Markdown.")]
        public string? Markdown { get; init; }

        [Description("HTML (a fragment or a page).")]
        public string? Html { get; init; }

        [Description("Each field of a story by name: a string (plain text) or {\"text\"|\"markdown\"|\"html\": \"...\", \"headline\"?: bool}. Fields named *title or *headline are checked as headlines.")]
        public Dictionary<string, string>? Fields { get; init; }

        [JsonPropertyName("post_title"), Description("WordPress: the headline (plain text).")]
        public string? PostTitle { get; init; }

        [JsonPropertyName("post_excerpt"), Description("WordPress: the excerpt or standfirst (plain text).")]
        public string? PostExcerpt { get; init; }

        [JsonPropertyName("post_content"), Description("WordPress: the body (HTML). The post's other fields are ignored.")]
        public string? PostContent { get; init; }

        [Description("Names the story in findings and selects the config's overrides; never opened.")]
        public string? Path { get; init; }

        [Description("Settings on top of the server's config for this request only (/v1/check only: the publish gate refuses it).")]
        public RequestConfig? Config { get; init; }
    }

    [Description("Per-request settings, as in .stylelint.yml (rulePaths, extends, overrides and failLevel stay the server's).")]
    public sealed class RequestConfig
    {
        [Description("Hide findings below this level: error, warning or suggestion.")]
        public string? MinAlertLevel { get; init; }

        [Description("Rule id, style or glob to off, on, error, warning or suggestion.")]
        public Dictionary<string, string>? Rules { get; init; }

        [Description("House names treated as correctly spelled.")]
        public string[]? Names { get; init; }

        [Description("Text no rule flags.")]
        public string[]? Allow { get; init; }
    }

    [Description("A finding, exactly as `stylelint check --format json` writes it. Line and column are 1-based, endColumn exclusive; columns, offset and length count UTF-16 code units of the document.")]
    public sealed record Finding(string File, int Line, int Column, int EndLine, int EndColumn, int Offset, int Length, string RuleId, string Severity, string Message, string[] Suggestions);

    public sealed record Stats(int Errors, int Warnings, int Suggestions, int Documents, int Characters, double ElapsedMs, string FailLevel, int ConfigGeneration);

    public sealed record CheckResponse(Finding[] Findings, Stats Stats);

    [Description("allow is false (status 422) when a finding is at or above failLevel; blocking lists those findings.")]
    public sealed record GateResponse(bool Allow, string FailLevel, Finding[] Blocking, Finding[] Findings, Stats Stats);

    [Description("error is a stable code (unauthorized, payload_too_large, unsupported_media_type, invalid_json, invalid_encoding, invalid_request, invalid_config, timeout, overloaded, internal_error); message says what to change.")]
    public sealed record Error([property: JsonPropertyName("error")] string Code, string Message);

    public sealed record Health(string Status, string Version, int ConfigGeneration, string LoadedAt, int Rules);

    public sealed record Rule(string Id, string Severity, string Kind, string Scope, string Message, string Description, string Link, string Source, string Configured);

    public sealed record RulesList(Rule[] Rules, string FailLevel, string MinAlertLevel, int ConfigGeneration);
}

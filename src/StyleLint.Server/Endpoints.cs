using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using StyleLint.Findings;
using StyleLint.Markup;

namespace StyleLint.Server;

/// <summary>The routes: health, rules, check, publish gate and the OpenAPI document.</summary>
internal static class Endpoints
{
    public static void Map(WebApplication app, SnapshotHost host, ServerOptions options)
    {
        app.MapGet("/healthz", (Delegate)((HttpContext http) => StyleLintServer.WriteJson(http, StatusCodes.Status200OK, Health(host))))
            .WithName("health").WithSummary("Liveness and the loaded config generation (no token needed).")
            .Produces<ApiDocument.Health>();

        app.MapGet("/v1/rules", (Delegate)((HttpContext http) => StyleLintServer.WriteJson(http, StatusCodes.Status200OK, LintService.Rules(host.Current))))
            .WithName("rules").WithSummary("Every rule the server runs: built-in and house rules, with how the config sets each.")
            .Produces<ApiDocument.RulesList>().Produces<ApiDocument.Error>(StatusCodes.Status401Unauthorized);

        app.MapPost("/v1/check", (Delegate)((HttpContext http) => Check(http, host, options, gate: false)))
            .RequireRateLimiting(StyleLintServer.LintPolicy)
            .WithName("check").WithSummary("Lint a story and return every finding.")
            .WithDescription(ApiDocument.BodyHelp)
            .Produces<ApiDocument.CheckResponse>()
            .WithErrors();

        app.MapPost("/v1/publish-gate", (Delegate)((HttpContext http) => Check(http, host, options, gate: true)))
            .RequireRateLimiting(StyleLintServer.LintPolicy)
            .WithName("publishGate").WithSummary("Allow (200) or block (422) publishing by the config's failLevel (default error).")
            .WithDescription(ApiDocument.BodyHelp)
            .Produces<ApiDocument.GateResponse>()
            .Produces<ApiDocument.GateResponse>(StatusCodes.Status422UnprocessableEntity)
            .WithErrors();

        ApiDocument.Map(app);
    }

    private static RouteHandlerBuilder WithErrors(this RouteHandlerBuilder builder) => builder
        .Produces<ApiDocument.Error>(StatusCodes.Status400BadRequest)
        .Produces<ApiDocument.Error>(StatusCodes.Status401Unauthorized)
        .Produces<ApiDocument.Error>(StatusCodes.Status408RequestTimeout)
        .Produces<ApiDocument.Error>(StatusCodes.Status413PayloadTooLarge)
        .Produces<ApiDocument.Error>(StatusCodes.Status415UnsupportedMediaType)
        .Produces<ApiDocument.Error>(StatusCodes.Status503ServiceUnavailable);

    private static JObject Health(SnapshotHost host)
    {
        LintSnapshot snapshot = host.Current;
        return new JObject
        {
            ["status"] = host.Degraded ? "degraded" : "ok",
            ["version"] = typeof(Endpoints).Assembly.GetName().Version?.ToString(3) ?? "",
            ["configGeneration"] = snapshot.Generation,
            ["loadedAt"] = snapshot.LoadedAt.ToString("O"),
            ["rules"] = snapshot.Rules.Count,
        };
    }

    private static async Task Check(HttpContext http, SnapshotHost host, ServerOptions options, bool gate)
    {
        // One snapshot for the whole request: a reload while it runs does not change its config or rules.
        LintSnapshot snapshot = host.Current;
        try
        {
            LintRequest request = await ReadRequest(http, options);
            if (gate && request.Config != null)
            {
                // The gate is the newsroom's policy: a caller must not be able to switch off what blocks it.
                throw ApiException.BadRequest("invalid_config", "the publish gate applies the server's config only; a request's own config is for /v1/check");
            }
            CheckOutcome? outcome = await Lint(http, snapshot, request, options);
            if (outcome == null) return;
            JObject body;
            int status = StatusCodes.Status200OK;
            if (!gate)
            {
                body = new JObject { ["findings"] = CheckOutcome.ToJson(outcome.Findings), ["stats"] = outcome.Stats() };
            }
            else
            {
                Finding[] blocking = outcome.Blocking.ToArray();
                bool allow = blocking.Length == 0;
                if (!allow) status = StatusCodes.Status422UnprocessableEntity;
                body = new JObject
                {
                    ["allow"] = allow,
                    ["failLevel"] = outcome.Config.FailLevel.ToName(),
                    ["blocking"] = CheckOutcome.ToJson(blocking),
                    ["findings"] = CheckOutcome.ToJson(outcome.Findings),
                    ["stats"] = outcome.Stats(),
                };
            }
            await StyleLintServer.WriteJson(http, status, body);
        }
        catch (ApiException e)
        {
            await StyleLintServer.WriteError(http, e);
        }
    }

    /// <summary>Texts this long are checked off the request's thread, so the timeout can answer while they run.</summary>
    internal const int LongText = 100_000;

    /// <summary>
    /// Lints the request. A short story is checked inline (a few milliseconds). A long one runs as a task the request
    /// waits for until its timeout: then the caller gets 503 at once, and the request keeps its slot until the check
    /// has really finished, so abandoned work never piles up beyond the concurrency limit. Null when answered already.
    /// </summary>
    private static async Task<CheckOutcome?> Lint(HttpContext http, LintSnapshot snapshot, LintRequest request, ServerOptions options)
    {
        CheckOutcome Run()
        {
            options.BeforeLint?.Invoke(request);
            return LintService.Check(snapshot, request, CancellationToken.None);
        }

        if (request.Documents.Sum(d => (long)d.Text.Length) < LongText) return Run();
        Task<CheckOutcome> work = Task.Run(Run);
        try
        {
            return await work.WaitAsync(http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            await StyleLintServer.Overloaded(http, $"the check did not finish within {options.RequestTimeout.TotalSeconds:0.#} s");
            try
            {
                await work;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Nobody is waiting for this answer any more.
            }
            return null;
        }
    }

    /// <summary>415 for a media type or charset the server does not take, 413 over the limit, 400 for a bad body.</summary>
    private static async Task<LintRequest> ReadRequest(HttpContext http, ServerOptions options)
    {
        string? contentType = http.Request.ContentType;
        if (contentType == null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media) || media.MediaType.Value is not { } mediaType)
        {
            throw Unsupported("a Content-Type is required");
        }
        mediaType = mediaType.ToLowerInvariant();
        string? charset = media.Charset.Value;
        if (charset != null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw Unsupported($"charset '{charset}' is not supported");
        }
        bool json = mediaType == "application/json";
        MarkupFormat? raw = Payloads.RawFormat(mediaType);
        if (!json && raw == null) throw Unsupported($"'{mediaType}' is not supported");

        byte[] body = await ReadBody(http, options.MaxBodyBytes);
        if (json) return Payloads.FromJson(body);

        string? path = http.Request.Query["path"].FirstOrDefault();
        if (path != null) Payloads.CheckPath(path);
        string name = path ?? raw switch { MarkupFormat.Markdown => "markdown", MarkupFormat.Html => "html", _ => "text" };
        return new LintRequest([LintService.FromBytes(name, body, raw!.Value)], null, path);
    }

    private static ApiException Unsupported(string why) => new(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type",
        why + "; the server takes application/json, text/plain, text/markdown or text/html, in UTF-8");

    /// <summary>
    /// Reads the body up to <paramref name="limit"/> bytes. A body a little over it (up to <see cref="DrainBytes"/> more)
    /// is read to its end and dropped before the 413, so the caller, still sending, reliably gets the answer rather than
    /// a reset connection; a larger one is cut off and the connection closed.
    /// </summary>
    private static async Task<byte[]> ReadBody(HttpContext http, long limit)
    {
        long? declared = http.Request.ContentLength;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + DrainBytes;
        if (declared > limit + DrainBytes)
        {
            http.Response.Headers.Connection = "close";
            throw TooLarge(limit);
        }
        using var buffer = new MemoryStream((int)Math.Min(declared ?? 16 * 1024, limit));
        byte[] chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        long total = 0;
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (total + read <= limit) buffer.Write(chunk, 0, read);
                total += read;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.Headers.Connection = "close";
            throw TooLarge(limit);
        }
        catch (BadHttpRequestException e)
        {
            throw new ApiException(e.StatusCode, e.StatusCode == StatusCodes.Status408RequestTimeout ? "timeout" : "bad_request", e.Message);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The body did not arrive in time (or the caller went away).
            http.Response.Headers.Connection = "close";
            throw new ApiException(StatusCodes.Status408RequestTimeout, "timeout", "the request body did not arrive in time");
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        if (total > limit) throw TooLarge(limit);
        return buffer.ToArray();
    }

    /// <summary>How far past the limit a body is still read (and dropped) so that its 413 arrives cleanly.</summary>
    private const long DrainBytes = 1024 * 1024;

    private static ApiException TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge, "payload_too_large",
        $"the body is larger than the limit of {limit} bytes");
}

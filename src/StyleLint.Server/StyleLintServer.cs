using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace StyleLint.Server;

/// <summary>
/// `stylelint serve`: Kestrel with the check and publish-gate endpoints. The pipeline, outermost first:
/// a guard that turns any exception into a JSON 500 without details → request timeout → bearer tokens (401) →
/// a concurrency limiter with a queue (503 + Retry-After) → the endpoint (415, 413, 400, then lint).
/// </summary>
public sealed class StyleLintServer : IAsyncDisposable
{
    internal const string LintPolicy = "lint";

    private readonly WebApplication app;

    private StyleLintServer(WebApplication app, SnapshotHost host, IReadOnlyList<string> addresses)
    {
        this.app = app;
        Snapshots = host;
        Addresses = addresses;
    }

    /// <summary>The addresses Kestrel is listening on (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses { get; }

    public SnapshotHost Snapshots { get; }

    /// <summary>
    /// Loads the config and house rules (throwing ConfigException, RuleFilesException or ServerStartException when they
    /// cannot be used), binds the addresses and starts serving. <paramref name="log"/> gets the server's log lines.
    /// </summary>
    public static async Task<StyleLintServer> StartAsync(ServerOptions options, TextWriter? log, CancellationToken cancel = default)
    {
        if (options.Urls.Count == 0) throw new ServerStartException("no address to listen on (--urls)");
        ListenAddress[] listen = options.Urls.Select(ListenAddress.Parse).ToArray();
        var tokens = new TokenStore(options.Tokens, options.TokenFile);
        if (!tokens.Required && listen.Any(a => !a.IsLoopback))
        {
            throw new ServerStartException($"refusing to serve {string.Join(", ", listen.Where(a => !a.IsLoopback).Select(a => a.Url))} without tokens: set {ServerOptions.TokensVariable} or --token-file (only loopback addresses may be served without them)");
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Only these options configure the server: no appsettings.json from the content root, no ASPNETCORE_* variables.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        if (log != null) builder.Logging.AddProvider(new TextWriterLoggerProvider(log));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        ILogger logger = (log != null ? new TextWriterLoggerProvider(log) : null)?.CreateLogger("StyleLint.Server")
            ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var host = new SnapshotHost(options, tokens, logger);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (ListenAddress address in listen)
            {
                if (address.Localhost) kestrel.ListenLocalhost(address.Port);
                else if (address.IsAny) kestrel.ListenAnyIP(address.Port);
                else kestrel.Listen(address.Address!, address.Port);
            }
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = options.RequestTimeout < kestrel.Limits.RequestHeadersTimeout ? options.RequestTimeout : kestrel.Limits.RequestHeadersTimeout;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.RequestTimeout + TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(host);
        builder.Services.AddSingleton(options);
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            // Timed out while waiting for a slot or while being checked: the server is too busy.
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = http => Overloaded(http, $"the request did not complete within {options.RequestTimeout.TotalSeconds:0.#} s"),
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (context, _) => new ValueTask(Overloaded(context.HttpContext,
                $"too many requests at once ({options.MaxConcurrentRequests} running, {options.QueueLimit} waiting)"));
            o.AddPolicy(LintPolicy, _ => RateLimitPartition.GetConcurrencyLimiter(LintPolicy, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrentRequests,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        });
        ApiDocument.Add(builder.Services);

        WebApplication app = builder.Build();
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The caller went away: nobody to answer.
            }
            catch (BadHttpRequestException e) when (!http.Response.HasStarted)
            {
                await WriteError(http, new ApiException(e.StatusCode, "bad_request", e.Message));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await InternalError(http, e, logger);
            }
        });
        app.UseRequestTimeouts();
        app.Use((http, next) => Authorize(http, next, host.Tokens));
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint() == null)
            {
                await WriteError(http, new ApiException(StatusCodes.Status404NotFound, "not_found",
                    "no such endpoint; see /openapi.json (POST /v1/check, POST /v1/publish-gate, GET /v1/rules, GET /healthz)"));
                return;
            }
            await next(http);
            // The limiter gives up quietly on a request whose time ran out while it waited for a slot: answer it.
            if (!http.Response.HasStarted && http.RequestAborted.IsCancellationRequested)
            {
                await Overloaded(http, $"no slot was free within {options.RequestTimeout.TotalSeconds:0.#} s");
            }
        });
        app.UseRateLimiter();
        Endpoints.Map(app, host, options);

        try
        {
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException or ArgumentException)
        {
            // A port in use, an address that is not this machine's, a malformed URL.
            await app.DisposeAsync();
            host.Dispose();
            throw new ServerStartException($"cannot listen on {string.Join(", ", options.Urls)}: {e.Message}");
        }
        string[] addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        host.StartWatching();
        LintSnapshot snapshot = host.Current;
        logger.LogInformation("Listening on {Addresses}; config {Config}, {Rules} rules, failLevel {FailLevel}; {Auth}",
            string.Join(", ", addresses), snapshot.Config.Path ?? "(built-in defaults)", snapshot.Rules.Count, snapshot.Config.FailLevel.ToString().ToLowerInvariant(),
            tokens.Required ? $"{tokens.Count} bearer tokens" : "no tokens: anonymous callers on this machine are served");
        return new StyleLintServer(app, host, addresses);
    }

    /// <summary>Completes when the host stops (Ctrl+C or SIGTERM for `stylelint serve`).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel = default) => app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Snapshots.Dispose();
    }

    private static async Task Authorize(HttpContext http, RequestDelegate next, TokenStore tokens)
    {
        if (tokens.Required && http.Request.Path.StartsWithSegments("/v1"))
        {
            string header = http.Request.Headers.Authorization.ToString();
            bool bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (!bearer || !tokens.IsValid(header.AsSpan(7).Trim()))
            {
                http.Response.Headers.WWWAuthenticate = bearer ? "Bearer realm=\"stylelint\", error=\"invalid_token\"" : "Bearer realm=\"stylelint\"";
                await WriteError(http, new ApiException(StatusCodes.Status401Unauthorized, "unauthorized",
                    bearer ? "the bearer token is not valid" : "send 'Authorization: Bearer <token>'"));
                return;
            }
        }
        await next(http);
    }

    internal static Task Overloaded(HttpContext http, string message)
    {
        http.Response.Headers.RetryAfter = "1";
        return WriteError(http, new ApiException(StatusCodes.Status503ServiceUnavailable, "overloaded", message + "; retry after 1 s"));
    }

    private static async Task InternalError(HttpContext http, Exception e, ILogger logger)
    {
        // The log gets the type, message and stack; the caller gets neither.
        logger.LogError(e, "Internal error on {Method} {Path}", http.Request.Method, http.Request.Path.Value);
        if (http.Response.HasStarted)
        {
            http.Abort();
            return;
        }
        http.Response.Clear();
        await WriteError(http, new ApiException(StatusCodes.Status500InternalServerError, "internal_error", "an internal error occurred; it has been logged"));
    }

    internal static Task WriteError(HttpContext http, ApiException error) =>
        WriteJson(http, error.Status, new JObject { ["error"] = error.Code, ["message"] = error.Message });

    internal static async Task WriteJson(HttpContext http, int status, JToken body)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body.ToString(Formatting.None));
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(bytes, CancellationToken.None);
    }

    /// <summary>Whether a --urls entry is a loopback address (127.0.0.0/8, [::1], localhost).</summary>
    public static bool IsLoopback(string url) => ListenAddress.Parse(url).IsLoopback;
}

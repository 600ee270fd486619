using System.CommandLine;
using StyleLint.Config;
using StyleLint.HouseRules;
using StyleLint.Server;

namespace StyleLint.Cli;

/// <summary>
/// `stylelint serve`: the publishing hook for content systems (src/StyleLint.Server). Runs until Ctrl+C or SIGTERM;
/// exit 2 when the config, house rules, tokens or address cannot be used.
/// </summary>
public static class ServeCommand
{
    private const string Examples =
        "Examples:\n  STYLELINT_TOKENS=$(openssl rand -hex 24) stylelint serve --config newsroom/.stylelint.yml\n" +
        "  stylelint serve --urls http://0.0.0.0:8080 --token-file /etc/stylelint/tokens\n" +
        "  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: text/markdown' --data-binary @story.md http://127.0.0.1:8080/v1/check";

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {ServerOptions.DefaultUrl}). Without tokens only loopback addresses are served.",
            AllowMultipleArgumentsPerToken = true,
        };
        var config = new Option<string?>("--config", "-c")
        {
            Description = "Config file (re-read when it, a config it extends or a house rule file changes). Default: the nearest .stylelint.yml above the current folder.",
        };
        var tokenFile = new Option<string?>("--token-file")
        {
            Description = $"File of bearer tokens, one per line (re-read when it changes). Tokens may also come from ${ServerOptions.TokensVariable}.",
        };
        var maxBody = new Option<long>("--max-body")
        {
            Description = "Largest request body in bytes (default 2 MB); larger ones get 413.",
            DefaultValueFactory = _ => 2 * 1024 * 1024,
        };
        var maxConcurrent = new Option<int>("--max-concurrent")
        {
            Description = "Checks running at once (default: the number of cores, at least 2); more wait in the queue.",
            DefaultValueFactory = _ => new ServerOptions().MaxConcurrentRequests,
        };
        var queue = new Option<int>("--queue")
        {
            Description = "Checks that may wait for a slot (default 128); past that callers get 503 with Retry-After.",
            DefaultValueFactory = _ => new ServerOptions().QueueLimit,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds a request may take, waiting and sending its body included (default 10).",
            DefaultValueFactory = _ => 10,
        };
        var cacheDir = new Option<string?>("--cache-dir")
        {
            Description = "Where compiled house rules are cached (default $STYLELINT_CACHE_DIR, else ~/.cache/stylelint).",
        };

        var serve = new Command("serve", "Serve checks over HTTP for content systems: POST /v1/check, POST /v1/publish-gate, GET /v1/rules, GET /healthz, GET /openapi.json.\n\n" + Examples)
        {
            urls, config, tokenFile, maxBody, maxConcurrent, queue, timeout, cacheDir,
        };
        serve.SetAction(result =>
        {
            string[] given = (result.GetValue(urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            var options = new ServerOptions
            {
                Urls = given.Length > 0 ? given : [ServerOptions.DefaultUrl],
                ConfigPath = result.GetValue(config),
                TokenFile = result.GetValue(tokenFile),
                Tokens = ServerOptions.TokensFromEnvironment(),
                MaxBodyBytes = result.GetValue(maxBody),
                MaxConcurrentRequests = result.GetValue(maxConcurrent),
                QueueLimit = result.GetValue(queue),
                RequestTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                CacheFolder = result.GetValue(cacheDir),
            };
            string? invalid = options.MaxBodyBytes < 1 ? "--max-body must be at least 1"
                : options.MaxConcurrentRequests < 1 ? "--max-concurrent must be at least 1"
                : options.QueueLimit < 0 ? "--queue must be 0 or more"
                : options.RequestTimeout <= TimeSpan.Zero ? "--timeout must be more than 0"
                : null;
            if (invalid != null)
            {
                stderr.WriteLine("stylelint: " + invalid);
                return ExitCodes.Error;
            }
            return Run(options, stdout, stderr);
        });
        return serve;
    }

    private static int Run(ServerOptions options, TextWriter stdout, TextWriter stderr)
    {
        StyleLintServer server;
        try
        {
            server = StyleLintServer.StartAsync(options, stderr).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ConfigException or RuleFilesException or ServerStartException)
        {
            stderr.WriteLine("stylelint: " + SnapshotHost.Describe(e));
            return ExitCodes.Error;
        }
        stdout.WriteLine($"stylelint serve: listening on {string.Join(", ", server.Addresses)} (Ctrl+C to stop)");
        stdout.Flush();
        server.WaitForShutdownAsync().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Clean;
    }
}

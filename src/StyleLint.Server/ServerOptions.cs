namespace StyleLint.Server;

/// <summary>How `stylelint serve` listens, where its config and tokens come from, and its limits.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>The environment variable holding bearer tokens (separated by commas or white space).</summary>
    public const string TokensVariable = "STYLELINT_TOKENS";

    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The config file; null means the nearest .stylelint.yml above <see cref="ConfigSearchStart"/>, else the built-in defaults.</summary>
    public string? ConfigPath { get; init; }

    public string ConfigSearchStart { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>A file with one bearer token per line (# comments and blank lines ignored); re-read when it changes.</summary>
    public string? TokenFile { get; init; }

    /// <summary>Tokens from <see cref="TokensVariable"/> (the CLI reads it; tests pass tokens here).</summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];

    /// <summary>Larger request bodies are refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Lint requests running at once; more wait in a queue of <see cref="QueueLimit"/>, and past that get 503.</summary>
    public int MaxConcurrentRequests { get; init; } = Math.Max(2, Environment.ProcessorCount);

    public int QueueLimit { get; init; } = 128;

    /// <summary>A request (waiting for a slot, sending its body, being checked) that takes longer is answered 408 or 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the config, house rule and token files are looked at for changes.</summary>
    public TimeSpan ReloadInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where compiled house rules are cached; null for the CLI's default.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>For tests: runs before each lint (to hold a request, or to fail inside one).</summary>
    internal Action<LintRequest>? BeforeLint { get; init; }

    /// <summary>Tokens in the value of <see cref="TokensVariable"/>.</summary>
    public static IReadOnlyList<string> TokensFromEnvironment() =>
        TokenStore.Split(Environment.GetEnvironmentVariable(TokensVariable) ?? "");
}

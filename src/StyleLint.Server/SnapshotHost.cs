using System.Text;
using Microsoft.Extensions.Logging;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.HouseRules;
using StyleLint.Rules;

namespace StyleLint.Server;

/// <summary>
/// Holds the current <see cref="LintSnapshot"/> and replaces it when the config, a config it extends, a house rule
/// file or the token file changes (looked at every <see cref="ServerOptions.ReloadInterval"/>). A new snapshot is
/// built completely — config read and validated, house rules compiled (or loaded from the cache) — before it is
/// swapped in with one reference write; requests already running keep the snapshot they started with. A config
/// that fails to load leaves the old snapshot serving, and the error is logged. The house rules of a replaced
/// snapshot are unloaded (<see cref="HouseRuleContexts"/>): their collectible load context is freed after the last
/// request that holds them.
/// </summary>
public sealed class SnapshotHost : IDisposable
{
    private readonly ServerOptions options;
    private readonly HouseRuleCompiler compiler;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock reloadLock = new();
    private LintSnapshot current;
    private RuleSets? ruleSets;
    private string ruleFingerprint = "";
    private string configFingerprint;
    private string tokenFingerprint;
    private Task? watcher;

    public SnapshotHost(ServerOptions options, TokenStore tokens, ILogger logger)
    {
        this.options = options;
        this.logger = logger;
        Tokens = tokens;
        compiler = new HouseRuleCompiler(new CompiledRuleCache(options.CacheFolder ?? CompiledRuleCache.DefaultFolder()));
        current = Load(1);
        configFingerprint = ConfigFingerprint(current);
        tokenFingerprint = TokenFingerprint();
    }

    public LintSnapshot Current => Volatile.Read(ref current);

    public TokenStore Tokens { get; }

    /// <summary>The last reload failed and the previous snapshot is still serving.</summary>
    public bool Degraded { get; private set; }

    public void StartWatching() => watcher ??= Task.Run(() => WatchAsync(stopping.Token));

    /// <summary>Rebuilds the snapshot now if any watched file changed; returns whether a new one was swapped in.</summary>
    public bool ReloadIfChanged()
    {
        lock (reloadLock)
        {
            string tokensNow = TokenFingerprint();
            if (tokensNow != tokenFingerprint)
            {
                tokenFingerprint = tokensNow;
                try
                {
                    Tokens.ReloadFile();
                    logger.LogInformation("Token file reloaded: {Count} tokens", Tokens.Count);
                }
                catch (ServerStartException e)
                {
                    logger.LogError("Token file not reloaded, the previous tokens stay: {Message}", e.Message);
                }
            }

            string configNow = ConfigFingerprint(Current);
            if (configNow == configFingerprint) return false;
            configFingerprint = configNow;
            try
            {
                LintSnapshot previous = Current;
                LintSnapshot next = Load(previous.Generation + 1);
                Volatile.Write(ref current, next);
                configFingerprint = ConfigFingerprint(next);
                Degraded = false;
                logger.LogInformation("Config reloaded (generation {Generation}): {Config}, {Rules} rules", next.Generation, next.Config.Path ?? "built-in defaults", next.Rules.Count);
                // Replaced house rules leave memory as soon as the last request using them ends, not whenever the
                // finalizer of their load context happens to run; rules the new snapshot still uses stay.
                int unloaded = HouseRuleContexts.UnloadReplaced(previous.Linter, next.Linter);
                if (unloaded > 0) logger.LogInformation("House rules of generation {Generation} unloaded ({Count} assemblies, freed when no request uses them)", previous.Generation, unloaded);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Degraded = true;
                logger.LogError("Config not reloaded, generation {Generation} keeps serving: {Problem}", Current.Generation, Describe(e));
                return false;
            }
        }
    }

    private async Task WatchAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(options.ReloadInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                try
                {
                    ReloadIfChanged();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A reload bug must not stop the watcher nor the server.
                    logger.LogError("Config reload failed: {Type}: {Message}", e.GetType().Name, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Reads, validates and compiles everything a snapshot needs; throws on any problem.</summary>
    private LintSnapshot Load(int generation)
    {
        string? path = ConfigPath();
        LintConfig config = LintConfig.Default;
        if (path != null)
        {
            if (Directory.Exists(path)) throw new ConfigException(path, 0, 0, "is a folder; give the config file itself (.stylelint.yml)");
            try
            {
                config = ConfigLoader.Load(path);
            }
            catch (Exception e) when (e is not ConfigException and not OutOfMemoryException and not IOException)
            {
                throw new ConfigException(path, 0, 0, $"invalid YAML ({e.Message})");
            }
        }

        // RuleSets keeps a linter per set of rule paths. While no house rule file has changed it is kept, so a
        // config-only edit reuses the compiled house rules; after a change a fresh one compiles them again.
        using var log = new StringWriter();
        string rules = RuleFingerprint(config);
        if (ruleSets == null || rules != ruleFingerprint)
        {
            ruleSets = new RuleSets(BuiltInRules.Checkers, compiler, log);
            ruleFingerprint = rules;
        }
        Linter linter;
        try
        {
            linter = ruleSets.For(config);
        }
        catch
        {
            ruleSets = null;
            throw;
        }
        config.Validate(linter.Rules);
        foreach (string line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) logger.LogInformation("{Line}", line.Trim());
        return new LintSnapshot(generation, config, linter, DateTimeOffset.UtcNow);
    }

    private string? ConfigPath() => options.ConfigPath ?? ConfigLoader.FindFor(options.ConfigSearchStart);

    public static string Describe(Exception e) => e switch
    {
        ConfigException c => c.Describe(),
        RuleFilesException r => string.Join("; ", r.Diagnostics.Select(d => $"{d.Position.Path}:{d.Position.Line}:{d.Position.Column}: {d.Id}: {d.Message}")),
        _ => e.Message,
    };

    /// <summary>Path, size and time of every file the snapshot was built from, and which config file applies now.</summary>
    private string ConfigFingerprint(LintSnapshot snapshot)
    {
        var builder = new StringBuilder().Append(ConfigPath()).Append('\n');
        foreach (string file in snapshot.Config.Files) Stamp(builder, file, content: true);
        return builder.Append(RuleFingerprint(snapshot.Config)).ToString();
    }

    /// <summary>Path, size and time of every house rule file the config names.</summary>
    private static string RuleFingerprint(LintConfig config)
    {
        var builder = new StringBuilder();
        foreach (string rulePath in config.RulePaths)
        {
            if (Directory.Exists(rulePath))
            {
                IEnumerable<string> files = Directory.EnumerateFiles(rulePath, "*", SearchOption.AllDirectories)
                    .Where(RuleCompiler.Parsing.RuleFileParser.IsRuleFile)
                    .Order(StringComparer.Ordinal);
                foreach (string file in files) Stamp(builder, file);
            }
            else
            {
                Stamp(builder, rulePath);
            }
        }
        return builder.ToString();
    }

    private string TokenFingerprint()
    {
        var builder = new StringBuilder();
        if (Tokens.TokenFile != null) Stamp(builder, Tokens.TokenFile, content: true);
        return builder.ToString();
    }

    /// <summary>
    /// A file's size and time; with <paramref name="content"/> (config and token files, which are small) also a hash
    /// of its bytes, so an edit that keeps size and time is still seen.
    /// </summary>
    private static void Stamp(StringBuilder builder, string file, bool content = false)
    {
        var info = new FileInfo(file);
        builder.Append(file).Append('|');
        if (info.Exists)
        {
            builder.Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks);
            if (content && info.Length <= 1024 * 1024)
            {
                try
                {
                    builder.Append('|').Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    builder.Append("|unreadable");
                }
            }
        }
        builder.Append('\n');
    }

    public void Dispose()
    {
        stopping.Cancel();
        try
        {
            watcher?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        stopping.Dispose();
    }
}

using System.Diagnostics;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Output;
using StyleLint.Text;

namespace StyleLint.Server;

/// <summary>The outcome of checking one request: findings of every document in order, the config used, and counts.</summary>
public sealed record CheckOutcome(IReadOnlyList<Finding> Findings, LintConfig Config, LintSnapshot Snapshot, int Documents, int Characters, TimeSpan Elapsed)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The findings that hold a story back: at or above the config's failLevel.</summary>
    public IEnumerable<Finding> Blocking => Findings.Where(f => f.Severity >= Config.FailLevel);

    /// <summary>The response's <c>stats</c> object.</summary>
    public JObject Stats() => new()
    {
        ["errors"] = Count(Severity.Error),
        ["warnings"] = Count(Severity.Warning),
        ["suggestions"] = Count(Severity.Suggestion),
        ["documents"] = Documents,
        ["characters"] = Characters,
        ["elapsedMs"] = Math.Round(Elapsed.TotalMilliseconds, 2),
        ["failLevel"] = Config.FailLevel.ToName(),
        ["configGeneration"] = Snapshot.Generation,
    };

    /// <summary>Findings as the CLI writes them in JSON (<see cref="JsonFormatter.ToJson"/>): one shape everywhere.</summary>
    public static JArray ToJson(IEnumerable<Finding> findings) => new(findings.Select(JsonFormatter.ToJson));
}

/// <summary>Lints the documents of a request with one snapshot: the same Linter and consistency across documents as the CLI.</summary>
public static class LintService
{
    /// <summary>What a request's own config may set; paths (rulePaths, extends, overrides) stay the server's.</summary>
    public static readonly string[] RequestConfigKeys = ["minAlertLevel", "rules", "names", "allow"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static CheckOutcome Check(LintSnapshot snapshot, LintRequest request, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        LintConfig config = request.Config is { } overlay ? WithRequestConfig(snapshot, overlay) : snapshot.Config;
        var results = new List<LintResult>(request.Documents.Count);
        int characters = 0;
        foreach (LintDocument document in request.Documents)
        {
            cancel.ThrowIfCancellationRequested();
            // A headline field is linted as plain text whose first line is followed by a blank one: the plain-text
            // adapter's headline. The blank line is after the text, so offsets, lines and columns are unchanged.
            string text = document.Headline && document.Text.AsSpan().IndexOfAny('\r', '\n') < 0 ? document.Text + "\n\n" : document.Text;
            SourceText source = SourceText.FromString(document.Name, text);
            LintConfig forFile = config.ForFile(Path.Combine(snapshot.BaseFolder, request.Path ?? document.Name));
            results.Add(snapshot.Linter.Lint(source, document.Name, forFile, document.Format));
            characters += document.Text.Length;
        }
        IReadOnlyList<LintResult> done = results.Count > 1 ? RunConsistency.Apply(results, snapshot.Rules) : results;
        Finding[] findings = done.SelectMany(r => r.Findings).ToArray();
        return new CheckOutcome(findings, config, snapshot, request.Documents.Count, characters, clock.Elapsed);
    }

    /// <summary>A raw body (text/plain, text/markdown, text/html) decoded strictly, as the CLI decodes files.</summary>
    public static LintDocument FromBytes(string name, byte[] body, Markup.MarkupFormat format)
    {
        try
        {
            SourceText source = SourceDecoder.Decode(name, body);
            return new LintDocument(name, source.Text, format);
        }
        catch (InputException e)
        {
            throw ApiException.BadRequest("invalid_encoding", e.Describe());
        }
    }

    /// <summary>
    /// The server's config with a request's settings on top (as a config's own settings go on top of what it extends),
    /// checked like a config file: an unknown rule id or level is a 400 naming it.
    /// </summary>
    public static LintConfig WithRequestConfig(LintSnapshot snapshot, JsonElement overlay)
    {
        if (overlay.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest("invalid_config", "'config' must be an object, e.g. {\"rules\": {\"News.DoubledWord\": \"off\"}}");
        }
        foreach (JsonProperty property in overlay.EnumerateObject())
        {
            if (!RequestConfigKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                throw ApiException.BadRequest("invalid_config", $"config: '{property.Name}' cannot be set in a request; a request's config has: {string.Join(", ", RequestConfigKeys)}");
            }
        }
        try
        {
            // JSON written with a space after each colon is YAML: the config language's own reader checks it.
            LintConfig own = ConfigLoader.Parse("config", JsonSerializer.Serialize(overlay, Indented));
            own.Validate(snapshot.Rules);
            LintConfig server = snapshot.Config;
            return server with
            {
                MinAlertLevel = overlay.TryGetProperty("minAlertLevel", out _) ? own.MinAlertLevel : server.MinAlertLevel,
                Rules = [.. server.Rules, .. own.Rules],
                Names = [.. server.Names, .. own.Names],
                Allow = [.. server.Allow, .. own.Allow],
            };
        }
        catch (ConfigException e)
        {
            throw ApiException.BadRequest("invalid_config", "config: " + e.Message);
        }
    }

    /// <summary>Every rule as `stylelint rules list --format json` shows it, plus how this config runs it.</summary>
    public static JObject Rules(LintSnapshot snapshot)
    {
        var rules = new JArray(snapshot.Rules.Select(rule =>
        {
            JObject json = RuleJson.ToJson(rule);
            json["configured"] = snapshot.Config.Resolve(rule) is { } severity ? severity.ToName() : "off";
            return json;
        }));
        return new JObject
        {
            ["rules"] = rules,
            ["failLevel"] = snapshot.Config.FailLevel.ToName(),
            ["minAlertLevel"] = snapshot.Config.MinAlertLevel.ToName(),
            ["configGeneration"] = snapshot.Generation,
        };
    }
}

using StyleLint.Findings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StyleLint.Config;

/// <summary>
/// Reads <c>.stylelint.yml</c>. Unknown keys and values are errors with the file's line and column: a config a
/// newsroom relies on must never be half-read.
/// </summary>
public static class ConfigLoader
{
    public static readonly string[] FileNames = [".stylelint.yml", ".stylelint.yaml"];

    private static readonly string[] TopLevelKeys = ["minAlertLevel", "failLevel", "rules"];

    /// <summary>The nearest config file in the folder of <paramref name="path"/> or above it, or null.</summary>
    public static string? FindFor(string path)
    {
        string? folder = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path));
        while (folder != null)
        {
            foreach (string name in FileNames)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
            folder = Path.GetDirectoryName(folder);
        }
        return null;
    }

    public static LintConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 0, 0, File.Exists(path) ? "cannot be read: " + e.Message : "config file not found");
        }
        return Parse(path, text);
    }

    public static LintConfig Parse(string path, string text)
    {
        YamlMappingNode? root = LoadRoot(path, text);
        if (root == null) return new LintConfig { Path = path };

        Severity minAlert = Severity.Suggestion, fail = Severity.Error;
        var rules = new List<RuleSetting>();
        foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
        {
            string key = ScalarOf(path, entry.Key);
            switch (key)
            {
                case "minAlertLevel": minAlert = SeverityOf(path, entry.Value); break;
                case "failLevel": fail = SeverityOf(path, entry.Value); break;
                case "rules": rules.AddRange(RulesOf(path, entry.Value)); break;
                default:
                    throw Error(path, entry.Key, $"unknown setting '{key}'; a config has: {string.Join(", ", TopLevelKeys)}");
            }
        }
        return new LintConfig { Path = path, MinAlertLevel = minAlert, FailLevel = fail, Rules = rules };
    }

    private static YamlMappingNode? LoadRoot(string path, string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            throw Error(path, stream.Documents[0].RootNode, "a config file must be a mapping of settings (minAlertLevel, failLevel, rules)");
        }
        catch (YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0) message = message[(close + 3)..];
            throw new ConfigException(path, (int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + message);
        }
    }

    private static IEnumerable<RuleSetting> RulesOf(string path, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(path, node, "'rules' must map rule ids, styles or globs to off, on, error, warning or suggestion");
        }
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
        {
            string pattern = ScalarOf(path, entry.Key);
            string value = ScalarOf(path, entry.Value);
            int line = (int)entry.Key.Start.Line, column = (int)entry.Key.Start.Column;
            yield return value switch
            {
                "off" or "false" or "no" => new RuleSetting(pattern, false, null, line, column),
                "on" or "true" or "yes" => new RuleSetting(pattern, true, null, line, column),
                _ when SeverityNames.TryParse(value, out Severity severity) => new RuleSetting(pattern, true, severity, line, column),
                _ => throw Error(path, entry.Value, $"'{value}' is not a rule setting; use off, on, error, warning or suggestion"),
            };
        }
    }

    private static Severity SeverityOf(string path, YamlNode node)
    {
        string value = ScalarOf(path, node);
        return SeverityNames.TryParse(value, out Severity severity)
            ? severity
            : throw Error(path, node, $"'{value}' is not a level; use error, warning or suggestion");
    }

    private static string ScalarOf(string path, YamlNode node) =>
        node is YamlScalarNode scalar ? scalar.Value ?? "" : throw Error(path, node, "expected a single value here");

    private static ConfigException Error(string path, YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);
}

using StyleLint.Findings;
using StyleLint.RuleCompiler.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StyleLint.Config;

/// <summary>
/// Reads <c>.stylelint.yml</c> and whatever it <c>extends</c>. Unknown keys and values, a missing extended file or
/// an extends cycle are errors with the file's line and column: a config a newsroom relies on is never half-read.
/// Paths in a config (extends, rulePaths, overrides) are relative to the folder of the file that names them.
/// </summary>
public static class ConfigLoader
{
    public static readonly string[] FileNames = [".stylelint.yml", ".stylelint.yaml"];

    private static readonly string[] TopLevelKeys = ["extends", "minAlertLevel", "failLevel", "rules", "rulePaths", "valeStyles", "names", "allow", "overrides"];
    private static readonly string[] OverrideKeys = ["files", "rules", "minAlertLevel", "failLevel"];

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

    public static LintConfig Load(string path) => Load(path, new Stack<string>());

    public static LintConfig Parse(string path, string text) => Parse(path, text, new Stack<string>());

    private static LintConfig Load(string path, Stack<string> chain)
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
        return Parse(path, text, chain);
    }

    private static LintConfig Parse(string path, string text, Stack<string> chain)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        YamlMappingNode? root = LoadRoot(path, text);
        var config = new LintConfig { Path = path, Files = [full] };
        if (root == null) return config;

        chain.Push(full);
        try
        {
            // extends first, whatever its position in the file: this file's settings go on top of it.
            foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children.Where(e => ScalarOf(path, e.Key) == "extends"))
            {
                foreach (YamlScalarNode item in ScalarsOf(path, entry.Value, "extends"))
                {
                    string target = Path.GetFullPath(Path.Combine(folder, item.Value ?? ""));
                    if (chain.Contains(target)) throw Error(path, item, $"extends '{item.Value}' forms a cycle");
                    if (!File.Exists(target)) throw Error(path, item, $"extended config '{item.Value}' not found (looked for {target})");
                    config = Merge(config, Load(target, chain));
                }
            }

            LintConfig own = config;
            var rules = new List<RuleSetting>(config.Rules);
            foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
            {
                string key = ScalarOf(path, entry.Key);
                switch (key)
                {
                    case "extends": break;
                    case "minAlertLevel": own = own with { MinAlertLevel = SeverityOf(path, entry.Value) }; break;
                    case "failLevel": own = own with { FailLevel = SeverityOf(path, entry.Value) }; break;
                    case "rules": rules.AddRange(RulesOf(path, entry.Value)); break;
                    case "rulePaths": own = own with { RulePaths = [.. own.RulePaths, .. RulePathsOf(path, folder, entry.Value)] }; break;
                    case "valeStyles": own = own with { ValeStyles = [.. own.ValeStyles, .. ValeStylesOf(path, folder, entry.Value)] }; break;
                    case "names": own = own with { Names = [.. own.Names, .. ScalarsOf(path, entry.Value, "names").Select(s => s.Value ?? "")] }; break;
                    case "allow": own = own with { Allow = [.. own.Allow, .. ScalarsOf(path, entry.Value, "allow").Select(s => s.Value ?? "")] }; break;
                    case "overrides": own = own with { Overrides = [.. own.Overrides, .. OverridesOf(path, folder, entry.Value)] }; break;
                    default:
                        throw Error(path, entry.Key, $"unknown setting '{key}'; a config has: {string.Join(", ", TopLevelKeys)}");
                }
            }
            return own with { Path = path, Rules = rules, Files = [full, .. own.Files.Where(f => f != full)] };
        }
        finally
        {
            chain.Pop();
        }
    }

    /// <summary>A base config with an extending one's settings on top (this one's lists come after the base's).</summary>
    private static LintConfig Merge(LintConfig baseConfig, LintConfig extension) => baseConfig with
    {
        MinAlertLevel = extension.MinAlertLevel,
        FailLevel = extension.FailLevel,
        Rules = [.. baseConfig.Rules, .. extension.Rules],
        RulePaths = [.. baseConfig.RulePaths, .. extension.RulePaths],
        ValeStyles = [.. baseConfig.ValeStyles, .. extension.ValeStyles],
        Names = [.. baseConfig.Names, .. extension.Names],
        Allow = [.. baseConfig.Allow, .. extension.Allow],
        Overrides = [.. baseConfig.Overrides, .. extension.Overrides],
        Files = [.. baseConfig.Files, .. extension.Files],
    };

    private static YamlMappingNode? LoadRoot(string path, string text)
    {
        var parser = new TrackingYamlParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            throw Error(path, stream.Documents[0].RootNode, "a config file must be a mapping of settings (" + string.Join(", ", TopLevelKeys) + ")");
        }
        catch (YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0) message = message[(close + 3)..];
            throw new ConfigException(path, (int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + message);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some malformed input (an unclosed [ before a new key) this way: still a syntax error.
            throw new ConfigException(path, (int)parser.LastEnd.Line, (int)parser.LastEnd.Column, "invalid YAML: the file cannot be read past this point (" + e.Message + ")");
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
                "off" or "false" or "no" => new RuleSetting(pattern, false, null, line, column, path),
                "on" or "true" or "yes" => new RuleSetting(pattern, true, null, line, column, path),
                _ when SeverityNames.TryParse(value, out Severity severity) => new RuleSetting(pattern, true, severity, line, column, path),
                _ => throw Error(path, entry.Value, $"'{value}' is not a rule setting; use off, on, error, warning or suggestion"),
            };
        }
    }

    private static IEnumerable<string> RulePathsOf(string path, string folder, YamlNode node)
    {
        foreach (YamlScalarNode item in ScalarsOf(path, node, "rulePaths"))
        {
            string target = Path.GetFullPath(Path.Combine(folder, item.Value ?? ""));
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw Error(path, item, $"rule path '{item.Value}' not found (looked for {target})");
            }
            yield return target;
        }
    }

    /// <summary>Vale style folders: each a folder of Vale rule files (its name is the style, as in a StylesPath).</summary>
    private static IEnumerable<string> ValeStylesOf(string path, string folder, YamlNode node)
    {
        foreach (YamlScalarNode item in ScalarsOf(path, node, "valeStyles"))
        {
            string target = Path.GetFullPath(Path.Combine(folder, item.Value ?? ""));
            if (!Directory.Exists(target))
            {
                throw Error(path, item, $"Vale style folder '{item.Value}' not found (looked for {target})");
            }
            yield return target;
        }
    }

    private static IEnumerable<PathOverride> OverridesOf(string path, string folder, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(path, node, "'overrides' must be a list of { files: glob, rules: {...} }");
        }
        foreach (YamlNode item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping) throw Error(path, item, "an override is a mapping { files: glob, rules: {...} }");
            var globs = new List<string>();
            var rules = new List<RuleSetting>();
            Severity? minAlert = null, fail = null;
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                string key = ScalarOf(path, entry.Key);
                switch (key)
                {
                    case "files": globs.AddRange(ScalarsOf(path, entry.Value, "files").Select(s => s.Value ?? "")); break;
                    case "rules": rules.AddRange(RulesOf(path, entry.Value)); break;
                    case "minAlertLevel": minAlert = SeverityOf(path, entry.Value); break;
                    case "failLevel": fail = SeverityOf(path, entry.Value); break;
                    default: throw Error(path, entry.Key, $"unknown override setting '{key}'; an override has: {string.Join(", ", OverrideKeys)}");
                }
            }
            if (globs.Count == 0) throw Error(path, item, "an override needs 'files': the paths it applies to");
            yield return new PathOverride(folder, globs, rules, minAlert, fail);
        }
    }

    /// <summary>A single value or a list of values.</summary>
    private static IEnumerable<YamlScalarNode> ScalarsOf(string path, YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar) return [scalar];
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.Select(child => child as YamlScalarNode ?? throw Error(path, child, $"'{what}' takes single values"));
        }
        throw Error(path, node, $"'{what}' must be a value or a list of values");
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

using System;
using System.Collections.Generic;
using System.Linq;
using StyleLint.RuleCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace StyleLint.RuleCompiler.Vale
{
    /// <summary>
    /// Translates a Vale rule file (a mapping with <c>extends:</c>) into a <see cref="RuleModel"/> of kind
    /// <c>vale</c>. Vale's fields keep their meaning: they travel as the model's options (name → values; a mapping
    /// such as <c>swap</c> or <c>either</c> as key, value, key, value…) and the generated checker hands them to the
    /// run-time Vale kinds in StyleLint.Core. The rule id is Vale's: the style folder and the file name.
    /// StyleLint's own rule language is not changed: this path is taken only for files with <c>extends:</c>.
    /// </summary>
    public static class ValeRuleTranslator
    {
        public const string Kind = "vale";

        public static bool IsValeRule(YamlMappingNode root) =>
            root.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "extends") &&
            !root.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "kind");

        /// <summary>Style.Rule from …/Style/Rule.yml.</summary>
        public static string IdFromPath(string path)
        {
            string normalized = path.Replace('\\', '/');
            string[] parts = normalized.Split('/');
            string file = parts[parts.Length - 1];
            int dot = file.LastIndexOf('.');
            string name = dot > 0 ? file.Substring(0, dot) : file;
            string style = parts.Length > 1 ? parts[parts.Length - 2] : "Vale";
            return style + "." + name;
        }

        public static RuleModel Translate(string path, YamlMappingNode root)
        {
            var options = new List<DetectorOption>();
            string message = "", level = "warning", description = "", link = "", scope = "";
            bool ignoreCase = false;
            foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
            {
                string key = (entry.Key as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case "message": message = Scalar(entry.Value); break;
                    case "level": level = Scalar(entry.Value); break;
                    case "description": description = Scalar(entry.Value); break;
                    case "link": link = Scalar(entry.Value); break;
                    case "ignorecase": ignoreCase = string.Equals(Scalar(entry.Value), "true", StringComparison.OrdinalIgnoreCase); break;
                }
                if (key == "scope") scope = string.Join(" & ", Values(entry.Value));
                Flatten(key, entry.Value, options);
            }
            string severity = level == "error" || level == "warning" ? level : "suggestion";
            return new RuleModel(
                IdFromPath(path), message, description, severity, Kind, "text", ignoreCase, link,
                EquatableArray<string>.Empty, EquatableArray<Swap>.Empty, "", "", EquatableArray<Variant>.Empty,
                EquatableArray<string>.Empty, scope, EquatableArray<BadExample>.Empty, EquatableArray<string>.Empty,
                options.ToEquatableArray(), new SourcePosition(path, 1, 1));
        }

        private static void Flatten(string key, YamlNode node, List<DetectorOption> options)
        {
            if (node is YamlMappingNode mapping && mapping.Children.Values.Any(v => v is YamlMappingNode))
            {
                foreach (KeyValuePair<YamlNode, YamlNode> child in mapping.Children)
                {
                    Flatten(key + "." + ((child.Key as YamlScalarNode)?.Value ?? ""), child.Value, options);
                }
                return;
            }
            options.Add(new DetectorOption(key, Values(node).ToEquatableArray()));
        }

        private static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : "";

        private static IEnumerable<string> Values(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    return scalar.Value == null ? Enumerable.Empty<string>() : new[] { scalar.Value };
                case YamlSequenceNode sequence:
                    return sequence.Children.SelectMany(Values);
                case YamlMappingNode mapping:
                    return mapping.Children.SelectMany(c => new[] { Scalar(c.Key), Scalar(c.Value) });
                default:
                    return Enumerable.Empty<string>();
            }
        }
    }
}

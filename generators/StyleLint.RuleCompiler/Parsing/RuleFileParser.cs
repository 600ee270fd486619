using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using StyleLint.RuleCompiler.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StyleLint.RuleCompiler.Parsing
{
    /// <summary>
    /// Reads one rule file (YAML, or JSON, which YAML's flow style reads as well) into a <see cref="RuleModel"/>,
    /// checking it against the rule language as it goes. Every problem carries the file's line and column.
    /// </summary>
    public static class RuleFileParser
    {
        private static readonly Regex IdShape = new Regex(@"^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
        private static readonly Regex Placeholder = new Regex(@"\{([A-Za-z_]+)\}", RegexOptions.CultureInvariant);

        public static bool IsRuleFile(string path)
        {
            string extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
            return extension == ".yml" || extension == ".yaml" || extension == ".json";
        }

        public static ParsedRuleFile Parse(string path, string text)
        {
            var diagnostics = new List<RuleDiagnostic>();
            YamlMappingNode? root = LoadRoot(path, text, diagnostics);
            if (root == null && Vale.ValeYaml.LooksLikeValeRule(text) && Vale.ValeYaml.LoadLenient(text) is YamlMappingNode lenient)
            {
                // Vale's YAML reader lets a later duplicate key win; read such a file as Vale does.
                root = lenient;
                diagnostics.Clear();
            }
            if (root != null && Vale.ValeRuleTranslator.IsValeRule(root))
            {
                // A Vale rule file (extends: …): Vale's own language, translated rather than validated as ours.
                return new ParsedRuleFile(path, Vale.ValeRuleTranslator.Translate(path, root), diagnostics.ToEquatableArray());
            }
            RuleModel? rule = root == null ? null : new Reader(path, root, diagnostics).Read();
            return new ParsedRuleFile(path, diagnostics.Count == 0 ? rule : null, diagnostics.ToEquatableArray());
        }

        private static YamlMappingNode? LoadRoot(string path, string text, List<RuleDiagnostic> diagnostics)
        {
            var parser = new TrackingYamlParser(new Parser(new StringReader(text)));
            try
            {
                var stream = new YamlStream();
                stream.Load(parser);
                if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
                {
                    return mapping;
                }

                SourcePosition where = stream.Documents.Count > 1
                    ? At(path, stream.Documents[1].RootNode.Start)
                    : stream.Documents.Count > 0
                        ? At(path, stream.Documents[0].RootNode.Start)
                        : new SourcePosition(path, 1, 1);
                diagnostics.Add(new RuleDiagnostic(DiagnosticIds.InvalidSyntax,
                    "A rule file must hold exactly one rule: a mapping with id, message, severity, kind and examples", where));
            }
            catch (AnchorNotFoundException e)
            {
                Mark where = parser.UndefinedAlias ?? e.Start;
                diagnostics.Add(new RuleDiagnostic(DiagnosticIds.InvalidSyntax, CleanYamlMessage(e), At(path, where)));
            }
            catch (YamlException e)
            {
                SourcePosition where = e.Message.IndexOf(" tab", StringComparison.Ordinal) >= 0
                    ? FindTabIndentation(path, text, (int)e.Start.Line) ?? At(path, e.Start)
                    : At(path, e.Start);
                diagnostics.Add(new RuleDiagnostic(DiagnosticIds.InvalidSyntax, CleanYamlMessage(e), where));
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // YamlDotNet throws other exceptions on some malformed input (an unclosed flow list before a
                // new key throws InvalidOperationException): still the user's syntax error, never a generator crash.
                diagnostics.Add(new RuleDiagnostic(DiagnosticIds.InvalidSyntax,
                    "Invalid YAML/JSON: the file cannot be read past this point (" + e.Message + ")", At(path, parser.LastEnd)));
            }
            return null;
        }

        /// <summary>YamlDotNet places a tab-indentation error at the mapping; the tab itself is more use to the writer.</summary>
        private static SourcePosition? FindTabIndentation(string path, string text, int fromLine)
        {
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
            {
                string line = lines[i];
                int indent = 0;
                while (indent < line.Length && (line[indent] == ' ' || line[indent] == '\t'))
                {
                    if (line[indent] == '\t') return new SourcePosition(path, i + 1, indent + 1);
                    indent++;
                }
            }
            return null;
        }

        private static string CleanYamlMessage(YamlException e)
        {
            // YamlDotNet prefixes its own "(Line: x, Col: y, ...)" position; ours is in the diagnostic already.
            string message = e.InnerException?.Message ?? e.Message;
            int close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
            {
                message = message.Substring(close + 3);
            }
            return "Invalid YAML/JSON: " + message;
        }

        internal static SourcePosition At(string path, Mark mark) =>
            new SourcePosition(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

        /// <summary>Walks one rule mapping; collects diagnostics instead of stopping at the first.</summary>
        private sealed class Reader
        {
            private readonly string path;
            private readonly YamlMappingNode root;
            private readonly List<RuleDiagnostic> diagnostics;
            private readonly Dictionary<string, YamlScalarNode> keys = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);

            public Reader(string path, YamlMappingNode root, List<RuleDiagnostic> diagnostics)
            {
                this.path = path;
                this.root = root;
                this.diagnostics = diagnostics;
            }

            public RuleModel? Read()
            {
                foreach (KeyValuePair<YamlNode, YamlNode> entry in root.Children)
                {
                    if (entry.Key is YamlScalarNode key && key.Value != null)
                    {
                        keys[key.Value] = key;
                    }
                }

                string id = RequiredString("id");
                if (id.Length > 0 && !IdShape.IsMatch(id))
                {
                    Report(DiagnosticIds.InvalidId, $"Rule id '{id}' must be Style.Name: two parts, each starting with a capital letter, letters and digits only (e.g. News.DoubledWord)", Node("id")!);
                }

                string kind = RequiredString("kind");
                if (kind.Length > 0 && !RuleVocabulary.Kinds.Contains(kind))
                {
                    Report(DiagnosticIds.UnknownKind, $"Unknown kind '{kind}'; expected one of: {string.Join(", ", RuleVocabulary.Kinds)}", Node("kind")!);
                    kind = "";
                }

                CheckFieldNames(kind);

                string message = RequiredString("message");
                CheckPlaceholders(message);
                string severity = OneOf("severity", RuleVocabulary.Severities, required: true, fallback: "warning");
                string scope = OneOf("scope", RuleVocabulary.Scopes, required: false, fallback: kind == "capitalization" ? "heading" : "text");
                bool ignoreCase = Boolean("ignorecase");
                string description = OptionalString("description");
                string link = OptionalString("link");
                if (Node("link") is YamlNode linkNode && !IsWebAddress(link))
                {
                    Report(DiagnosticIds.InvalidValue, $"'link' must be a web address starting with http:// or https://, not '{link}'", linkNode);
                }

                EquatableArray<string> tokens = StringList("tokens");
                EquatableArray<Swap> swaps = ReadSwaps();
                string pattern = OptionalString("pattern");
                if (pattern.Length > 0)
                {
                    CheckRegex(pattern, ignoreCase, Node("pattern")!);
                }
                else if (Node("pattern") is YamlNode emptyPattern)
                {
                    Report(DiagnosticIds.InvalidValue, "'pattern' must not be empty: it would match everywhere and flag nothing", emptyPattern);
                }
                string suggest = OptionalString("suggest");
                EquatableArray<Variant> variants = ReadVariants(ignoreCase);
                EquatableArray<string> exceptions = StringList("exceptions");
                string match = kind == "capitalization" ? OneOf("match", RuleVocabulary.CaseStyles, required: false, fallback: "") : OptionalString("match");

                EquatableArray<DetectorOption> options = ReadOptions(kind);
                EquatableArray<BadExample> bad = EquatableArray<BadExample>.Empty;
                EquatableArray<string> good = EquatableArray<string>.Empty;
                ReadExamples(ref bad, ref good);

                return new RuleModel(id, message, description, severity, kind, scope, ignoreCase, link,
                    tokens, swaps, pattern, suggest, variants, exceptions, match, bad, good, options,
                    Node("id") is YamlNode idNode ? At(path, idNode.Start) : new SourcePosition(path, 1, 1));
            }

            private void CheckFieldNames(string kind)
            {
                string[] kindFields = kind.Length == 0 ? new string[0] : RuleVocabulary.RequiredFields(kind).Concat(RuleVocabulary.OptionalFields(kind)).ToArray();
                string[] allKindFields = RuleVocabulary.Kinds.SelectMany(k => RuleVocabulary.RequiredFields(k).Concat(RuleVocabulary.OptionalFields(k))).Distinct().ToArray();
                foreach (KeyValuePair<string, YamlScalarNode> key in keys)
                {
                    if (RuleVocabulary.CommonFields.Contains(key.Key) || kindFields.Contains(key.Key))
                    {
                        continue;
                    }
                    if (allKindFields.Contains(key.Key))
                    {
                        if (kind.Length > 0)
                        {
                            Report(DiagnosticIds.FieldNotForKind, $"Field '{key.Key}' does not apply to kind '{kind}'; it takes: {string.Join(", ", kindFields.DefaultIfEmpty("no extra fields"))}", key.Value);
                        }
                        continue;
                    }
                    Report(DiagnosticIds.UnknownField, $"Unknown field '{key.Key}'; a rule has: {string.Join(", ", RuleVocabulary.CommonFields.Concat(allKindFields))}", key.Value);
                }

                if (kind.Length == 0)
                {
                    return;
                }
                foreach (string required in RuleVocabulary.RequiredFields(kind))
                {
                    if (!keys.ContainsKey(required))
                    {
                        Report(DiagnosticIds.MissingField, $"A rule of kind '{kind}' needs the field '{required}'", root);
                    }
                }
            }

            private void CheckPlaceholders(string message)
            {
                foreach (Match placeholder in Placeholder.Matches(message))
                {
                    string name = placeholder.Groups[1].Value;
                    if (!RuleVocabulary.Placeholders.Contains(name))
                    {
                        Report(DiagnosticIds.UnknownPlaceholder, $"Unknown placeholder '{{{name}}}' in message; use {string.Join(", ", RuleVocabulary.Placeholders.Select(p => "{" + p + "}"))}", Node("message")!);
                    }
                }
            }

            private void CheckRegex(string pattern, bool ignoreCase, YamlNode where)
            {
                try
                {
                    var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
                    _ = new Regex(pattern, options);
                }
                catch (ArgumentException e)
                {
                    Report(DiagnosticIds.InvalidRegex, $"Invalid regular expression '{pattern}': {e.Message}", where);
                }
            }

            private EquatableArray<Swap> ReadSwaps()
            {
                YamlNode? node = Node("swap");
                if (node == null)
                {
                    return EquatableArray<Swap>.Empty;
                }
                if (!(node is YamlMappingNode mapping) || mapping.Children.Count == 0)
                {
                    Report(DiagnosticIds.InvalidValue, "'swap' must be a mapping of wrong → right, with at least one entry", node);
                    return EquatableArray<Swap>.Empty;
                }
                var swaps = new List<Swap>();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string wrong = Scalar(entry.Key, "swap key");
                    string right = Scalar(entry.Value, $"swap value for '{wrong}'");
                    if (wrong.Trim().Length == 0 || right.Trim().Length == 0)
                    {
                        Report(DiagnosticIds.InvalidValue, "A swap entry needs a non-empty wrong and right side", entry.Key);
                        continue;
                    }
                    string[] alternatives = right.Split('|').Select(r => r.Trim()).Where(r => r.Length > 0).ToArray();
                    if (alternatives.Length == 0)
                    {
                        Report(DiagnosticIds.InvalidValue, $"The swap for '{wrong}' has no replacement between its | separators", entry.Value);
                        continue;
                    }
                    swaps.Add(new Swap(wrong, alternatives.ToEquatableArray()));
                }
                return swaps.ToEquatableArray();
            }

            private EquatableArray<Variant> ReadVariants(bool ignoreCase)
            {
                YamlNode? node = Node("either");
                if (node == null)
                {
                    return EquatableArray<Variant>.Empty;
                }
                if (!(node is YamlMappingNode mapping) || mapping.Children.Count < 2)
                {
                    Report(DiagnosticIds.InvalidValue, "'either' must map two or more variant names to { tokens: [...] } or { pattern: '...' }", node);
                    return EquatableArray<Variant>.Empty;
                }
                var variants = new List<Variant>();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string name = Scalar(entry.Key, "variant name");
                    if (!(entry.Value is YamlMappingNode body))
                    {
                        Report(DiagnosticIds.InvalidValue, $"Variant '{name}' must be {{ tokens: [...] }} or {{ pattern: '...' }}", entry.Value);
                        continue;
                    }
                    EquatableArray<string> tokens = EquatableArray<string>.Empty;
                    string pattern = "";
                    foreach (KeyValuePair<YamlNode, YamlNode> field in body.Children)
                    {
                        string fieldName = Scalar(field.Key, "variant field");
                        if (fieldName == "tokens")
                        {
                            tokens = ListOf(field.Value, $"'{name}.tokens'");
                        }
                        else if (fieldName == "pattern")
                        {
                            pattern = Scalar(field.Value, $"'{name}.pattern'");
                            CheckRegex(pattern, ignoreCase, field.Value);
                        }
                        else
                        {
                            Report(DiagnosticIds.UnknownField, $"Unknown field '{fieldName}' in variant '{name}'; a variant has tokens or pattern", field.Key);
                        }
                    }
                    if ((tokens.Count == 0) == (pattern.Length == 0))
                    {
                        Report(DiagnosticIds.InvalidValue, $"Variant '{name}' needs exactly one of tokens or pattern", entry.Value);
                        continue;
                    }
                    variants.Add(new Variant(name, tokens, pattern));
                }
                return variants.ToEquatableArray();
            }

            private EquatableArray<DetectorOption> ReadOptions(string kind)
            {
                YamlNode? node = Node("options");
                DetectorKind? detector = DetectorKinds.Find(kind);
                if (node == null || detector == null)
                {
                    return EquatableArray<DetectorOption>.Empty;
                }
                if (!(node is YamlMappingNode mapping))
                {
                    Report(DiagnosticIds.InvalidValue, "'options' must be a mapping of option names to values", node);
                    return EquatableArray<DetectorOption>.Empty;
                }
                var options = new List<DetectorOption>();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string name = Scalar(entry.Key, "option name");
                    if (!detector.OptionNames.Contains(name))
                    {
                        string allowed = detector.OptionNames.Length == 0 ? "it takes none" : "it takes: " + string.Join(", ", detector.OptionNames);
                        Report(DiagnosticIds.UnknownField, $"Unknown option '{name}' for kind '{kind}'; {allowed}", entry.Key);
                        continue;
                    }
                    EquatableArray<string> values = entry.Value is YamlSequenceNode
                        ? ListOf(entry.Value, $"option '{name}'")
                        : new[] { Scalar(entry.Value, $"option '{name}'") }.ToEquatableArray();
                    options.Add(new DetectorOption(name, values));
                }
                return options.ToEquatableArray();
            }

            private void ReadExamples(ref EquatableArray<BadExample> bad, ref EquatableArray<string> good)
            {
                YamlNode? node = Node("examples");
                if (node == null)
                {
                    Report(DiagnosticIds.MissingExamples, "A rule needs examples: { bad: [...], good: [...] }, at least one of each; the test suite runs them", root);
                    return;
                }
                if (!(node is YamlMappingNode mapping))
                {
                    Report(DiagnosticIds.InvalidValue, "'examples' must be a mapping with bad and good lists", node);
                    return;
                }
                YamlNode? badNode = null, goodNode = null;
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    string name = Scalar(entry.Key, "examples field");
                    if (name == "bad") badNode = entry.Value;
                    else if (name == "good") goodNode = entry.Value;
                    else Report(DiagnosticIds.UnknownField, $"Unknown field '{name}' in examples; use bad and good", entry.Key);
                }

                var badList = new List<BadExample>();
                if (badNode is YamlSequenceNode badItems)
                {
                    foreach (YamlNode item in badItems.Children)
                    {
                        BadExample? example = ReadBadExample(item);
                        if (example != null) badList.Add(example);
                    }
                }
                else if (badNode != null)
                {
                    Report(DiagnosticIds.InvalidValue, "'examples.bad' must be a list", badNode);
                }

                good = goodNode == null ? EquatableArray<string>.Empty : ListOf(goodNode, "'examples.good'");
                bad = badList.ToEquatableArray();
                if (bad.Count == 0 || good.Count == 0)
                {
                    string missing = bad.Count == 0 && good.Count == 0 ? "bad and good examples" : bad.Count == 0 ? "a bad example" : "a good example";
                    Report(DiagnosticIds.MissingExamples, $"A rule needs {missing}: at least one of each, so the test suite can prove it", node);
                }
            }

            private BadExample? ReadBadExample(YamlNode item)
            {
                if (item is YamlScalarNode scalar)
                {
                    if (string.IsNullOrEmpty(scalar.Value))
                    {
                        Report(DiagnosticIds.InvalidValue, "A bad example must not be empty", item);
                        return null;
                    }
                    return new BadExample(scalar.Value!, null);
                }
                if (item is YamlMappingNode mapping)
                {
                    string? text = null, fix = null;
                    foreach (KeyValuePair<YamlNode, YamlNode> field in mapping.Children)
                    {
                        string name = Scalar(field.Key, "example field");
                        if (name == "text") text = Scalar(field.Value, "example text");
                        else if (name == "fix") fix = Scalar(field.Value, "example fix");
                        else Report(DiagnosticIds.UnknownField, $"Unknown field '{name}' in a bad example; use text and fix", field.Key);
                    }
                    if (string.IsNullOrEmpty(text))
                    {
                        Report(DiagnosticIds.MissingField, "A bad example written as a mapping needs 'text'", item);
                        return null;
                    }
                    return new BadExample(text!, fix);
                }
                Report(DiagnosticIds.InvalidValue, "A bad example is a string or { text, fix }", item);
                return null;
            }

            private static bool IsWebAddress(string value) =>
                Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == "http" || uri.Scheme == "https");

            private YamlNode? Node(string key)
            {
                return keys.TryGetValue(key, out YamlScalarNode? keyNode) ? root.Children[keyNode] : null;
            }

            private string RequiredString(string key)
            {
                YamlNode? node = Node(key);
                if (node == null)
                {
                    Report(DiagnosticIds.MissingField, $"A rule needs the field '{key}'", root);
                    return "";
                }
                string value = Scalar(node, $"'{key}'");
                if (value.Trim().Length == 0)
                {
                    Report(DiagnosticIds.InvalidValue, $"'{key}' must not be empty", node);
                }
                return value;
            }

            private string OptionalString(string key)
            {
                YamlNode? node = Node(key);
                return node == null ? "" : Scalar(node, $"'{key}'");
            }

            private string OneOf(string key, string[] allowed, bool required, string fallback)
            {
                YamlNode? node = Node(key);
                if (node == null)
                {
                    if (required) Report(DiagnosticIds.MissingField, $"A rule needs the field '{key}' ({string.Join(" | ", allowed)})", root);
                    return fallback;
                }
                string value = Scalar(node, $"'{key}'");
                if (!allowed.Contains(value))
                {
                    Report(DiagnosticIds.InvalidValue, $"'{key}' is '{value}'; expected one of: {string.Join(", ", allowed)}", node);
                    return fallback;
                }
                return value;
            }

            private bool Boolean(string key)
            {
                YamlNode? node = Node(key);
                if (node == null) return false;
                string value = Scalar(node, $"'{key}'");
                if (value == "true") return true;
                if (value == "false") return false;
                Report(DiagnosticIds.InvalidValue, $"'{key}' must be true or false, not '{value}'", node);
                return false;
            }

            private EquatableArray<string> StringList(string key)
            {
                YamlNode? node = Node(key);
                return node == null ? EquatableArray<string>.Empty : ListOf(node, $"'{key}'");
            }

            private EquatableArray<string> ListOf(YamlNode node, string what)
            {
                if (!(node is YamlSequenceNode sequence) || sequence.Children.Count == 0)
                {
                    Report(DiagnosticIds.InvalidValue, $"{what} must be a non-empty list of strings", node);
                    return EquatableArray<string>.Empty;
                }
                var items = new List<string>();
                foreach (YamlNode item in sequence.Children)
                {
                    string value = Scalar(item, $"an item of {what}");
                    if (value.Length == 0)
                    {
                        Report(DiagnosticIds.InvalidValue, $"An item of {what} is empty", item);
                        continue;
                    }
                    items.Add(value);
                }
                return items.ToEquatableArray();
            }

            private string Scalar(YamlNode node, string what)
            {
                if (node is YamlScalarNode scalar)
                {
                    return scalar.Value ?? "";
                }
                Report(DiagnosticIds.InvalidValue, $"{what} must be a single value, not a list or mapping", node);
                return "";
            }

            private void Report(string id, string message, YamlNode node) =>
                diagnostics.Add(new RuleDiagnostic(id, message, At(path, node.Start)));
        }
    }
}

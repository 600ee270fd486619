using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StyleLint.Checking;
using StyleLint.Vale;

namespace StyleLint.HouseRules.Vale;

/// <summary>One finding in Vale's line format.</summary>
public sealed record ValeFinding(string Path, int Line, int Column, string RuleId, string Level, string Message);

/// <summary>
/// `stylelint check` with a .vale.ini: reads the config, translates the styles' rule files and compiles them with
/// the generator (the house-rule path, cached), lints every input as Vale would, and prints
/// path:line:col:Rule.Id:message sorted by file, line and column.
/// </summary>
public sealed class ValeRunner(HouseRuleCompiler compiler, TextWriter stdout, TextWriter stderr)
{
    private static readonly string[] Levels = ["suggestion", "warning", "error"];
    private static readonly HashSet<string> Markdown = new(StringComparer.OrdinalIgnoreCase) { ".md", ".mdx", ".markdown", ".mkd", ".mdown" };
    private static readonly HashSet<string> Html = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> Text = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };

    public int Run(IReadOnlyList<string> paths, string? configPath, string? minAlertLevel = null)
    {
        string? found = configPath ?? ValeConfig.Find(Directory.GetCurrentDirectory());
        if (found == null || !File.Exists(found))
        {
            stderr.WriteLine("stylelint: no .vale.ini found (give one with --vale-config)");
            return 2;
        }
        ValeConfig config = ValeConfig.Load(found);
        if (minAlertLevel != null) config.MinAlertLevel = minAlertLevel;
        var warnings = new SortedSet<string>(StringComparer.Ordinal);
        Dictionary<string, ValeRule> rules = LoadRules(config, warnings);
        foreach (string w in warnings) stderr.WriteLine(w);

        var findings = new List<ValeFinding>();
        foreach (string file in Expand(paths.Count == 0 ? ["."] : paths))
        {
            string display = Display(file);
            string format = FormatOf(config, file);
            if (format.Length == 0) continue;
            List<ValeRule> enabled = EnabledRules(config, rules, display, out Dictionary<string, string> levels);
            if (enabled.Count == 0) continue;
            string raw = File.ReadAllText(file).Replace("\r\n", "\n");
            findings.AddRange(Lint(display, raw, format, enabled, levels, config));
        }
        int min = Array.IndexOf(Levels, config.MinAlertLevel);
        findings = findings.Where(f => Array.IndexOf(Levels, f.Level) >= Math.Max(0, min)).ToList();
        var sorted = findings.Select((f, i) => (f, i)).OrderBy(x => x.f.Path, StringComparer.Ordinal).ThenBy(x => x.f.Line).ThenBy(x => x.f.Column).ThenBy(x => x.i).Select(x => x.f);
        foreach (ValeFinding f in sorted) stdout.WriteLine($"{f.Path}:{f.Line}:{f.Column}:{f.RuleId}:{f.Message}");
        return findings.Any(f => f.Level == "error") ? 1 : 0;
    }

    private static string Display(string file)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');
        return relative;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    string name = Path.GetFileName(f);
                    if (name.StartsWith('.') || name.StartsWith('_')) continue;
                    string rel = Path.GetRelativePath(path, f).Replace('\\', '/');
                    if (rel.Split('/').Any(p => p is "node_modules" or ".git" || p.StartsWith('.'))) continue;
                    yield return f;
                }
            }
            else if (File.Exists(path)) yield return path;
        }
    }

    private static string FormatOf(ValeConfig config, string file)
    {
        string ext = Path.GetExtension(file).TrimStart('.');
        if (config.Formats.TryGetValue(ext, out string? mapped)) ext = mapped;
        ext = "." + ext;
        if (Markdown.Contains(ext)) return "markdown";
        if (Html.Contains(ext)) return "html";
        if (Text.Contains(ext)) return "text";
        return "";
    }

    // ------------------------------------------------------------------ rules

    private Dictionary<string, ValeRule> LoadRules(ValeConfig config, SortedSet<string> warnings)
    {
        var files = new List<RuleFile>();
        var styles = new HashSet<string>(StringComparer.Ordinal);
        var single = new HashSet<string>(StringComparer.Ordinal);
        foreach (ValeSection section in config.Sections)
        {
            styles.UnionWith(section.BasedOnStyles);
            foreach (var setting in section.Settings)
            {
                if (setting.Key.Contains('.')) single.Add(setting.Key);
            }
        }
        foreach (string style in styles)
        {
            if (style == "Vale") continue;
            string folder = Path.Combine(config.StylesPath, style);
            if (!Directory.Exists(folder)) { warnings.Add($"stylelint: warning: style '{style}' not found in StylesPath {config.StylesPath}"); continue; }
            foreach (string f in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal)) files.Add(new RuleFile(f, File.ReadAllText(f)));
        }
        foreach (string id in single)
        {
            int dot = id.IndexOf('.');
            string style = id[..dot], name = id[(dot + 1)..];
            if (style == "Vale" || styles.Contains(style)) continue;
            string f = Path.Combine(config.StylesPath, style, name + ".yml");
            if (File.Exists(f)) files.Add(new RuleFile(f, File.ReadAllText(f)));
        }
        List<string> accept = [], reject = [];
        foreach (string vocab in config.Vocab)
        {
            string folder = Path.Combine(config.StylesPath, "config", "vocabularies", vocab);
            accept.AddRange(ReadList(Path.Combine(folder, "accept.txt")));
            reject.AddRange(ReadList(Path.Combine(folder, "reject.txt")));
        }
        files.AddRange(BuiltInValeStyle(accept, reject));

        HouseRuleSet set = compiler.Compile(files);
        if (!set.Succeeded)
        {
            foreach (var d in set.Diagnostics) warnings.Add($"{d.Position.Path}:{d.Position.Line}:{d.Position.Column}: error {d.Id}: {d.Message}");
        }
        var rules = new Dictionary<string, ValeRule>(StringComparer.Ordinal);
        foreach (Checker checker in set.Checkers)
        {
            if (checker is not IValeChecker vale) continue;
            ValeRule rule = vale.ValeRule;
            rule.AddVocabulary(accept);
            rules[rule.Id] = rule;
            foreach (string u in rule.Unsupported) warnings.Add($"stylelint: warning: {rule.Source}: {rule.Id}: {u} is not supported yet; " + (u.StartsWith("kind", StringComparison.Ordinal) ? "the rule is skipped" : "the rule runs without it"));
        }
        return rules;
    }

    private static IEnumerable<string> ReadList(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')) : [];

    private static string Quote(string s) => "'" + s.Replace("'", "''") + "'";

    /// <summary>Vale's built-in style: Repetition, Spelling (not run: needs Hunspell), and Terms/Avoid from Vocab.</summary>
    private static IEnumerable<RuleFile> BuiltInValeStyle(List<string> accept, List<string> reject)
    {
        yield return new RuleFile("Vale/Repetition.yml", "extends: repetition\nmessage: \"'%s' is repeated!\"\nlevel: error\nalpha: true\ntokens:\n  - '[^\\s]+'\n");
        yield return new RuleFile("Vale/Spelling.yml", "extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: error\n");
        if (accept.Count > 0)
        {
            var text = new StringBuilder("extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nswap:\n");
            foreach (string term in accept.Distinct()) text.Append("  ").Append(Quote(term)).Append(": ").Append(Quote(term)).Append('\n');
            yield return new RuleFile("Vale/Terms.yml", text.ToString());
        }
        if (reject.Count > 0)
        {
            var text = new StringBuilder("extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\nignorecase: false\ntokens:\n");
            foreach (string term in reject.Distinct()) text.Append("  - ").Append(Quote(term)).Append('\n');
            yield return new RuleFile("Vale/Avoid.yml", text.ToString());
        }
    }

    private static List<ValeRule> EnabledRules(ValeConfig config, Dictionary<string, ValeRule> rules, string display, out Dictionary<string, string> levels)
    {
        var enabled = new Dictionary<string, bool>(StringComparer.Ordinal);
        levels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ValeSection section in config.Sections)
        {
            if (!ValeConfig.GlobMatches(section.Glob, display)) continue;
            foreach (string style in section.BasedOnStyles)
            {
                foreach (ValeRule rule in rules.Values.Where(r => r.Id.StartsWith(style + ".", StringComparison.Ordinal)))
                {
                    if (style == "Vale" && rule.Id == "Vale.Terms" || rule.Id == "Vale.Avoid" && style == "Vale" || style != "Vale" || rule.Id is "Vale.Repetition" or "Vale.Spelling") enabled[rule.Id] = true;
                }
            }
            foreach (var setting in section.Settings)
            {
                string value = setting.Value;
                if (!setting.Key.Contains('.'))
                {
                    if (value is "NO" && rules.Keys.Any(k => k.StartsWith(setting.Key + ".", StringComparison.Ordinal)))
                    {
                        foreach (string id in rules.Keys.Where(k => k.StartsWith(setting.Key + ".", StringComparison.Ordinal))) enabled[id] = false;
                    }
                    continue;
                }
                if (value == "NO") enabled[setting.Key] = false;
                else if (value == "YES") enabled[setting.Key] = true;
                else if (Levels.Contains(value)) { enabled[setting.Key] = true; levels[setting.Key] = value; }
            }
        }
        return enabled.Where(e => e.Value && rules.ContainsKey(e.Key)).Select(e => rules[e.Key]).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    // ------------------------------------------------------------------ linting

    private static readonly Regex Directive = new(@"<!--\s*vale\s+(.*?)\s*-->", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static IEnumerable<ValeFinding> Lint(string display, string raw, string format, List<ValeRule> rules, Dictionary<string, string> levels, ValeConfig config)
    {
        ValeDocument document = ValeDocument.Create(raw, format);
        var directives = Directives(raw);
        var results = new List<ValeFinding>();
        List<ValeBlock> blocks = document.Blocks.Where(b => !b.Scopes.Overlaps(config.IgnoredScopes) && !b.Scopes.Overlaps(config.SkippedScopes)).ToList();
        foreach (ValeRule rule in rules)
        {
            string level = levels.TryGetValue(rule.Id, out string? l) ? l : rule.Level;
            bool raw_ = ValeScopes.IsRaw(rule.Scopes);
            string context = raw_ ? raw : document.Context;
            var units = new List<ValeBlock>();
            if (raw_) units.Add(new ValeBlock(raw, new HashSet<string> { "raw" }, false, 0));
            else
            {
                foreach (ValeBlock block in blocks)
                {
                    if (!ValeScopes.Matches(rule.Scopes, block)) continue;
                    if (ValeScopes.IsSentence(rule.Scopes)) units.AddRange(Sentences(block));
                    else units.Add(block);
                }
            }
            if (rule.Extends == "metric")
            {
                foreach (ValeAlert alert in rule.Run("", document)) Add(results, display, 1, 1, rule, level, alert.Message, directives, raw, 0);
                continue;
            }
            foreach (ValeBlock unit in units)
            {
                foreach (ValeAlert alert in rule.Run(unit.Text, document))
                {
                    int offset;
                    if (unit.Offset >= 0 && format == "text")
                    {
                        offset = unit.Offset + alert.Start;
                    }
                    else
                    {
                        offset = Locate(ref context, unit.Text, alert.Match);
                        if (offset < 0) continue;
                    }
                    (int line, int column) = LineColumn(raw, offset);
                    Add(results, display, line, column, rule, level, alert.Message, directives, raw, offset);
                }
            }
        }
        return results;
    }

    private static void Add(List<ValeFinding> results, string display, int line, int column, ValeRule rule, string level, string message,
        List<(int Offset, string Text)> directives, string raw, int offset)
    {
        if (Suppressed(directives, rule.Id, offset)) return;
        results.Add(new ValeFinding(display, line, column, rule.Id, level, message));
    }

    private static List<(int, string)> Directives(string raw) =>
        Directive.Matches(raw).Select(m => (m.Index, m.Groups[1].Value.Trim())).ToList();

    private static bool Suppressed(List<(int Offset, string Text)> directives, string id, int offset)
    {
        bool off = false;
        var rules = new Dictionary<string, bool>(StringComparer.Ordinal);
        string style = id[..id.IndexOf('.')];
        foreach ((int at, string text) in directives)
        {
            if (at > offset) break;
            if (text == "off") off = true;
            else if (text == "on") off = false;
            else
            {
                foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    int eq = part.IndexOf('=');
                    if (eq < 0) continue;
                    string key = part[..eq].Trim(), value = part[(eq + 1)..].Trim();
                    rules[key] = value == "NO";
                }
            }
        }
        if (off) return true;
        if (rules.TryGetValue(id, out bool r)) return r;
        return rules.TryGetValue(style, out bool s) && s;
    }

    private static readonly Regex SentenceEnd = new(@"(?<=[.!?][""'”’)]*)\s+(?=[""'“‘(]*[\p{Lu}\p{N}])", RegexOptions.CultureInvariant);

    private static IEnumerable<ValeBlock> Sentences(ValeBlock block)
    {
        int start = 0;
        foreach (Match m in SentenceEnd.Matches(block.Text))
        {
            string s = block.Text[start..m.Index];
            if (s.Trim().Length > 0) yield return new ValeBlock(s, block.Scopes, block.Inline, block.Offset >= 0 ? block.Offset + start : -1);
            start = m.Index + m.Length;
        }
        string last = block.Text[start..];
        if (last.Trim().Length > 0) yield return new ValeBlock(last, block.Scopes, block.Inline, block.Offset >= 0 ? block.Offset + start : -1);
    }

    /// <summary>
    /// Vale finds where a match is by searching the file: from the block's own text when the block appears
    /// verbatim, for the match as a whole word first, then anywhere; the found text is then masked in this rule's
    /// copy of the file, so the next identical match is found further on.
    /// </summary>
    private static int Locate(ref string context, string blockText, string match)
    {
        if (match.Length == 0) return 0;
        string search = context;
        int offset = blockText.Length > 0 ? context.IndexOf(blockText, StringComparison.Ordinal) : -1;
        if (offset > 0) search = new string('@', offset) + context[offset..];
        var re = new Regex(@"(?:^|\b|_)" + Regex.Escape(match) + @"(?:\b|_|$)", RegexOptions.ECMAScript | RegexOptions.Multiline);
        int idx;
        Match m;
        try { m = re.Match(search); } catch (ArgumentException) { m = Match.Empty; }
        if (m.Success)
        {
            idx = m.Index;
            if (search[idx] == '_' && !match.StartsWith('_')) idx++;
        }
        else
        {
            idx = search.IndexOf(match, StringComparison.Ordinal);
            if (idx < 0) return -1;
        }
        int at = context.IndexOf(match, StringComparison.Ordinal);
        if (at >= 0)
        {
            var chars = context.ToCharArray();
            for (int i = at; i < at + match.Length; i++) if (chars[i] != '\n') chars[i] = '#';
            context = new string(chars);
        }
        return idx;
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        }
        int column = 1;
        for (int i = lineStart; i < offset && i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i])) column++;
        }
        return (line, column);
    }
}

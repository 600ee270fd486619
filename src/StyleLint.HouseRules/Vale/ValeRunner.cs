using System.Text;
using StyleLint.Checking;
using StyleLint.Vale;

namespace StyleLint.HouseRules.Vale;

/// <summary>One finding in Vale's line format.</summary>
public sealed record ValeFinding(string Path, int Line, int Column, string RuleId, string Level, string Message);

/// <summary>
/// `stylelint check` with a .vale.ini: reads the config, translates the styles' rule files and compiles them with
/// the generator (the house-rule path, cached), lints every input as Vale would (<see cref="ValeLinter"/>), and
/// prints Vale's `--output=line --sort --relative`: path:line:col:Rule.Id:message, by file, line and column.
/// Exit 1 when an error-level finding is printed, 2 when the config or a style cannot be read.
/// </summary>
public sealed class ValeRunner(HouseRuleCompiler compiler, TextWriter stdout, TextWriter stderr)
{
    public int Run(IReadOnlyList<string> paths, string? configPath, string? minAlertLevel = null)
    {
        string? found = configPath ?? ValeConfig.Find(Directory.GetCurrentDirectory());
        if (found == null || !File.Exists(found))
        {
            stderr.WriteLine("E100 [.vale.ini not found] Runtime error\n\nstylelint: no .vale.ini, _vale.ini, .vale or _vale here or above (give one with --vale-config)");
            return 2;
        }
        ValeConfig config;
        List<ValeRule> rules;
        try
        {
            config = ValeConfig.Load(found, minAlertLevel);
            rules = LoadRules(config);
        }
        catch (ValeConfigException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"E100 [{found}] Runtime error\n\n{e.Message}");
            return 2;
        }

        var linter = new ValeLinter(config.Settings, rules);
        bool nonGlobal = config.GlobalStyles.Count + config.Settings.GlobalChecks.Count == 0;
        var files = new List<ValeFile>();
        foreach (string input in paths.Count == 0 ? ["."] : paths)
        {
            if (!File.Exists(input) && !Directory.Exists(input))
            {
                stderr.WriteLine($"E100 [doLint] Runtime error\n\nargument '{input}' does not exist");
                return 2;
            }
            foreach (string path in Expand(input))
            {
                ValeFile? file = Prepare(config, path, nonGlobal);
                if (file == null) continue;
                string? error = linter.Lint(file);
                if (error != null)
                {
                    stderr.WriteLine($"E100 [lintRST] Runtime error\n\n{error}");
                    return 2;
                }
                files.Add(file);
            }
        }

        bool errors = false;
        foreach (ValeFile file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (ValeAlert a in file.Alerts.OrderBy(a => a.Line).ThenBy(a => a.Span[0]))
            {
                if (a.Severity == "error") errors = true;
                stdout.WriteLine($"{file.Path}:{a.Line}:{a.Span[0]}:{a.Check}:{a.Message}");
            }
        }
        return errors ? 1 : 0;
    }

    /// <summary>Files under a folder, as Vale walks them: every file, node_modules and .git left out.</summary>
    private static IEnumerable<string> Expand(string input)
    {
        if (File.Exists(input)) { yield return input; yield break; }
        var pending = new Stack<string>();
        pending.Push(input);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            foreach (string sub in Directory.EnumerateDirectories(dir))
            {
                if (Path.GetFileName(sub) is "node_modules" or ".git") continue;
                pending.Push(sub);
            }
            found.AddRange(Directory.EnumerateFiles(dir));
        }
        foreach (string f in found.Order(StringComparer.Ordinal)) yield return f;
    }

    /// <summary>The file with what the config enables for it, or null when Vale would not lint it.</summary>
    private static ValeFile? Prepare(ValeConfig config, string path, bool nonGlobal)
    {
        string display = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        (string normedExt, string format) = config.FormatOf(path);
        string normed = ReplaceExtension(display, config.Formats);
        string[] names = normed == display ? [display] : [display, normed];
        if (nonGlobal && !config.Sections.Any(s => names.Any(s.Pattern.Match))) return null;

        byte[] bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0) return null;
        string content;
        try
        {
            content = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (content.Length > 0 && content[0] == '\uFEFF') content = content[1..];
        content = content.Replace("&rsquo;", "'", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        var file = new ValeFile(display, content, normedExt, format, Path.GetExtension(path)) { BaseStyles = config.GlobalStyles };
        foreach (string name in names)
        {
            foreach (ValeSection section in config.Sections)
            {
                if (!section.Pattern.Match(name)) continue;
                if (section.BasedOnStyles != null) file.BaseStyles = section.BasedOnStyles;
                foreach (var (rule, on) in section.Checks) file.Checks[rule] = on;
            }
        }
        if (file.Checks.Count == 0 && file.BaseStyles.Count == 0 && nonGlobal) return null;
        return file;
    }

    private static string ReplaceExtension(string path, Dictionary<string, string> formats)
    {
        string old = Path.GetExtension(path);
        return formats.TryGetValue(old.TrimStart('.'), out string? normed) ? path[..^old.Length] + "." + normed : path;
    }

    // ------------------------------------------------------------------ rules

    private List<ValeRule> LoadRules(ValeConfig config)
    {
        var files = new List<RuleFile>();
        var loaded = new HashSet<string>(StringComparer.Ordinal) { "Vale" };
        var ruleNames = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (string baseDir in config.SearchPaths)
        {
            foreach (string style in config.Styles.Distinct())
            {
                if (loaded.Contains(style)) continue;
                string folder = Path.Combine(baseDir, style);
                if (!Directory.Exists(folder)) { missing.Add(style); continue; }
                foreach (string f in Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    string id = Path.GetFileName(Path.GetDirectoryName(f)) + "." + Path.GetFileNameWithoutExtension(f).Split('.')[0];
                    if (ruleNames.Add(id)) files.Add(new RuleFile(f, File.ReadAllText(f)));
                }
                loaded.Add(style);
            }
        }
        foreach (string style in missing)
        {
            if (!loaded.Contains(style)) throw new ValeConfigException($"E100 [loadStyles] Runtime error\n\nstyle '{style}' does not exist on StylesPath");
        }
        foreach (string name in config.NamedRules.Distinct())
        {
            string[] parts = name.Split('.');
            if (parts.Length < 2 || loaded.Contains(parts[0])) continue;
            foreach (string baseDir in config.SearchPaths)
            {
                string f = Path.Combine(baseDir, parts[0], parts[1] + ".yml");
                if (File.Exists(f) && ruleNames.Add(parts[0] + "." + parts[1])) files.Add(new RuleFile(f, File.ReadAllText(f)));
            }
        }
        if (config.NeedsStyle("Vale")) files.AddRange(BuiltInValeStyle(config.Accepted, config.Rejected));

        HouseRuleSet set = compiler.Compile(files);
        if (!set.Succeeded)
        {
            var message = new StringBuilder("E100 [loadStyles] Runtime error\n");
            foreach (var d in set.Diagnostics) message.Append($"\n{d.Position.Path}:{d.Position.Line}:{d.Position.Column}: {d.Id}: {d.Message}");
            throw new ValeConfigException(message.ToString());
        }
        var rules = new List<ValeRule>();
        var warnings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Checker checker in set.Checkers)
        {
            if (checker is not IValeChecker vale) continue;
            string? level = config.RuleLevels.TryGetValue(vale.ValeRule.Id, out string? l) ? l : null;
            ValeRule rule = vale.ValeRule.Configure(level, config.Accepted, config.SearchPaths[0]);
            rules.Add(rule);
            if (!Enabled(config, rule.Id)) continue;
            foreach (string u in rule.Unsupported)
            {
                warnings.Add($"stylelint: warning: {rule.Source}: {rule.Id}: {u} is not supported; " + (rule.Extends.Length == 0 ? "the rule is skipped" : "the rule runs without it"));
            }
        }
        foreach (string w in warnings) stderr.WriteLine(w);
        return rules;
    }

    /// <summary>Could the rule run on some file (its style is based on, or it is switched on)? Only those get warnings.</summary>
    private static bool Enabled(ValeConfig config, string id)
    {
        string style = id.Split('.')[0];
        if (config.Settings.GlobalChecks.TryGetValue(id, out bool g)) return g;
        if (config.Sections.Any(s => s.Checks.TryGetValue(id, out bool on) && on)) return true;
        return config.GlobalStyles.Contains(style) || config.Sections.Any(s => s.BasedOnStyles?.Contains(style) ?? false);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Vale's built-in style: Repetition, Spelling, and Terms/Avoid from the Vocab.</summary>
    private static IEnumerable<RuleFile> BuiltInValeStyle(List<string> accept, List<string> reject)
    {
        yield return new RuleFile("Vale/Repetition.yml", "extends: repetition\nmessage: \"'%s' is repeated!\"\nlevel: error\nalpha: true\naction:\n  name: edit\n  params:\n    - truncate\n    - ' '\ntokens:\n  - '[^\\s]+'\n");
        yield return new RuleFile("Vale/Spelling.yml", "extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: error\naction:\n  name: suggest\n  params:\n    - spellings\n");
        if (accept.Count > 0)
        {
            var text = new StringBuilder("extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nvocab: false\nswap:\n");
            foreach (string term in accept.Where(ValeText.IsPhrase).Distinct()) text.Append("  ").Append(Quote(term.ToLowerInvariant())).Append(": ").Append(Quote(term)).Append('\n');
            yield return new RuleFile("Vale/Terms.yml", text.ToString());
        }
        if (reject.Count > 0)
        {
            var text = new StringBuilder("extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\nignorecase: false\ntokens:\n");
            foreach (string term in reject.Distinct()) text.Append("  - ").Append(Quote(term)).Append('\n');
            yield return new RuleFile("Vale/Avoid.yml", text.ToString());
        }
    }
}

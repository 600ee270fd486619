using StyleLint.Vale;

namespace StyleLint.HouseRules.Vale;

/// <summary>One [glob] section of a .vale.ini: its styles (null when it names none) and rule settings.</summary>
public sealed class ValeSection(string glob)
{
    public string Glob { get; } = glob;
    public ValeGlob Pattern { get; } = new(glob);
    public List<string>? BasedOnStyles { get; set; }
    public Dictionary<string, bool> Checks { get; } = new(StringComparer.Ordinal);
}

/// <summary>A configuration problem Vale reports as an error (E100/E201): the run stops with exit 2.</summary>
public sealed class ValeConfigException(string message) : Exception(message);

/// <summary>
/// A .vale.ini (or _vale.ini, .vale, _vale), read as Vale reads it: core settings above the first section
/// (StylesPath, MinAlertLevel, Vocab, IgnoredScopes, SkippedScopes, IgnoredClasses), [formats], the global [*]
/// section and the glob sections, each with BasedOnStyles, BlockIgnores, TokenIgnores and `Style.Rule = YES|NO|level`.
/// Repeated keys add up; a level set for a rule applies wherever the rule runs.
/// </summary>
public sealed class ValeConfig
{
    public static readonly string[] FileNames = [".vale.ini", "_vale.ini", ".vale", "_vale"];

    public string Path { get; private set; } = "";
    public List<string> StylesPaths { get; } = [];
    public string MinAlertLevel { get; set; } = "warning";
    public List<string> Vocab { get; } = [];
    public List<string> Accepted { get; } = [];
    public List<string> Rejected { get; } = [];
    public Dictionary<string, string> Formats { get; } = new(StringComparer.Ordinal);
    public List<string> GlobalStyles { get; } = [];
    public List<ValeSection> Sections { get; } = [];
    public Dictionary<string, string> RuleLevels { get; } = new(StringComparer.Ordinal);

    /// <summary>Every style named anywhere, and every rule named anywhere, in order.</summary>
    public List<string> Styles { get; } = [];
    public List<string> NamedRules { get; } = [];
    public ValeLintSettings Settings { get; } = new();

    /// <summary>Where styles are looked up: the StylesPath, or the current folder when none is set (as Vale does).</summary>
    public IReadOnlyList<string> SearchPaths => StylesPaths.Count == 0 ? [""] : StylesPaths;

    public static string? Find(string folder)
    {
        for (string? dir = System.IO.Path.GetFullPath(folder); dir != null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            foreach (string name in FileNames)
            {
                string candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    public static ValeConfig Load(string path, string? minAlertLevel)
    {
        var config = new ValeConfig { Path = System.IO.Path.GetFullPath(path) };
        string folder = System.IO.Path.GetDirectoryName(config.Path)!;
        string section = "";
        var sections = new Dictionary<string, ValeSection>(StringComparer.Ordinal);
        foreach (string rawLine in File.ReadAllLines(path))
        {
            string line = StripComment(rawLine).Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].Trim();
                if (section is not ("*" or "formats" or "DEFAULT" or "asciidoctor") && !sections.ContainsKey(section))
                {
                    sections[section] = new ValeSection(section);
                    config.Sections.Add(sections[section]);
                }
                continue;
            }
            int eq = line.IndexOf('=');
            if (eq < 0) continue;
            string key = line[..eq].Trim(), value = line[(eq + 1)..].Trim();
            switch (section)
            {
                case "":
                    config.SetCore(key, value, folder, minAlertLevel);
                    break;
                case "formats":
                    config.Formats[key] = value;
                    break;
                case "asciidoctor" or "DEFAULT":
                    break;
                case "*":
                    config.SetSectionKey(key, value, "*", null);
                    break;
                default:
                    config.SetSectionKey(key, value, section, sections[section]);
                    break;
            }
        }
        if (minAlertLevel != null) config.MinAlertLevel = minAlertLevel;
        config.Settings.MinAlertLevel = ValeLintSettings.LevelToInt(config.MinAlertLevel);
        foreach (string vocab in config.Vocab) config.LoadVocab(vocab);
        return config;
    }

    /// <summary>An inline comment starts at " #" or " ;".</summary>
    private static string StripComment(string line)
    {
        for (int i = 1; i < line.Length; i++)
        {
            if (line[i] is '#' or ';' && char.IsWhiteSpace(line[i - 1])) return line[..i];
        }
        return line;
    }

    private static List<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static void Merge(List<string> into, IEnumerable<string> values)
    {
        foreach (string v in values) if (!into.Contains(v)) into.Add(v);
    }

    private void SetCore(string key, string value, string folder, string? minAlertLevel)
    {
        switch (key)
        {
            case "StylesPath":
            {
                string resolved = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, value.Replace('/', System.IO.Path.DirectorySeparatorChar)));
                if (!Directory.Exists(resolved)) throw new ValeConfigException($"E201 Invalid value [{Path}]: The path '{resolved}' does not exist.");
                StylesPaths.Clear();
                StylesPaths.Add(resolved);
                break;
            }
            case "MinAlertLevel":
                if (minAlertLevel != null) break;
                if (value is not ("suggestion" or "warning" or "error")) throw new ValeConfigException($"E201 Invalid value [{Path}]: MinAlertLevel must be 'suggestion', 'warning', or 'error'.");
                MinAlertLevel = value;
                break;
            case "Vocab": Merge(Vocab, SplitList(value)); break;
            case "IgnoredScopes": Merge(Settings.IgnoredScopes, SplitList(value)); break;
            case "SkippedScopes": Merge(Settings.SkippedScopes, SplitList(value)); break;
            case "IgnoredClasses": Merge(Settings.IgnoredClasses, SplitList(value)); break;
            case "BasedOnStyles" or "BlockIgnores" or "TokenIgnores" or "IgnorePatterns" or "Transform" or "Lang" or "CommentDelimiters":
                throw new ValeConfigException($"E201 Invalid value [{Path}]: '{key}' is a syntax-specific option");
        }
    }

    private void SetSectionKey(string key, string value, string glob, ValeSection? section)
    {
        switch (key)
        {
            case "BasedOnStyles":
            {
                List<string> styles = SplitList(value);
                if (section == null) Merge(GlobalStyles, styles);
                else Merge(section.BasedOnStyles ??= [], styles);
                Styles.AddRange(styles);
                return;
            }
            case "BlockIgnores" or "IgnorePatterns":
                Settings.BlockIgnores.Add(new(glob, SplitList(value)));
                return;
            case "TokenIgnores":
                Settings.TokenIgnores.Add(new(glob, SplitList(value)));
                return;
            case "Transform" or "Lang" or "CommentDelimiters":
                return;
            case "StylesPath" or "MinAlertLevel" or "Vocab" or "IgnoredScopes" or "SkippedScopes" or "IgnoredClasses":
                throw new ValeConfigException($"E201 Invalid value [{Path}]: '{key}' is a core option; it should be defined above any syntax-specific options (`[...]`).");
        }
        bool on = value is "YES" or "suggestion" or "warning" or "error";
        if (value is "suggestion" or "warning" or "error") RuleLevels[key] = value;
        if (section == null) Settings.GlobalChecks[key] = on;
        else section.Checks[key] = on;
        NamedRules.Add(key);
    }

    private void LoadVocab(string name)
    {
        string? target = SearchPaths.Select(p => System.IO.Path.Combine(p, "config", "vocabularies", name)).FirstOrDefault(Directory.Exists);
        if (target == null) throw new ValeConfigException($"E100 [vocab] Runtime error\n\n'config/vocabularies/{name}' directory does not exist");
        foreach (string file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string fileName = System.IO.Path.GetFileName(file);
            if (fileName is not ("accept.txt" or "reject.txt")) continue;
            foreach (string raw in File.ReadAllLines(file))
            {
                string word = raw.Trim();
                if (word.Length == 0 || word.StartsWith("# ", StringComparison.Ordinal)) continue;
                (fileName == "accept.txt" ? Accepted : Rejected).Add(word);
            }
        }
    }

    /// <summary>Is a style needed anywhere (for Vale's built-in style, whose rules load only then)?</summary>
    public bool NeedsStyle(string name) =>
        GlobalStyles.Contains(name) || Settings.GlobalChecks.Keys.Any(k => k.StartsWith(name, StringComparison.Ordinal)) ||
        Sections.Any(s => (s.BasedOnStyles?.Contains(name) ?? false) || s.Checks.Keys.Any(k => k.StartsWith(name, StringComparison.Ordinal)));

    /// <summary>The extension a file is read as (after [formats]) and its kind: markup, code, text or unknown.</summary>
    public (string NormedExt, string Format) FormatOf(string path)
    {
        string ext = System.IO.Path.GetExtension(path).TrimStart('.');
        string kind = Kind("." + ext).Format;
        if (Formats.TryGetValue(ext, out string? mapped))
        {
            if (kind == "code" && Kind("." + mapped).Format == "markup") return ("." + mapped, "fragment");
            ext = mapped;
        }
        return Kind("." + ext);
    }

    private static (string NormedExt, string Format) Kind(string ext) => ext.ToLowerInvariant() switch
    {
        ".md" or ".mdown" or ".markdown" or ".markdn" => (".md", "markup"),
        ".html" or ".htm" or ".shtml" or ".xhtml" => (".html", "markup"),
        ".rst" or ".rest" => (".rst", "markup"),
        ".adoc" or ".asciidoc" or ".asc" => (".adoc", "markup"),
        ".org" => (".org", "markup"),
        ".xml" => (".xml", "markup"),
        ".dita" => (".dita", "markup"),
        ".txt" => (".txt", "text"),
        ".py" or ".py3" or ".pyw" or ".rpy" or ".cpy" or ".clj" or ".cljs" or ".cljc" or ".cpp" or ".cc" or ".c" or ".cp" or ".cxx" or ".h" or ".hpp"
            or ".css" or ".cs" or ".csx" or ".go" or ".hs" or ".java" or ".bsh" or ".jl" or ".js" or ".jsx" or ".lua" or ".php" or ".pl" or ".pm" or ".pod"
            or ".proto" or ".ps1" or ".psm1" or ".psd1" or ".rb" or ".rs" or ".r" or ".sass" or ".less" or ".scala" or ".sbt" or ".swift" or ".ts" or ".tsx"
            or ".yaml" or ".yml" => (ext, "code"),
        _ => ("unknown", "unknown"),
    };
}

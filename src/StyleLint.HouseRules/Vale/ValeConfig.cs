using System.Text.RegularExpressions;

namespace StyleLint.HouseRules.Vale;

/// <summary>One [glob] section of a .vale.ini: its styles and rule settings, in file order.</summary>
public sealed record ValeSection(string Glob, List<string> BasedOnStyles, List<KeyValuePair<string, string>> Settings);

/// <summary>A .vale.ini (or _vale.ini, .vale, _vale): the core settings and the sections.</summary>
public sealed class ValeConfig
{
    public static readonly string[] FileNames = [".vale.ini", "_vale.ini", ".vale", "_vale"];

    public string Path { get; private set; } = "";
    public string StylesPath { get; private set; } = "";
    public string MinAlertLevel { get; set; } = "warning";
    public List<string> Vocab { get; } = [];
    public List<string> IgnoredScopes { get; } = [];
    public List<string> SkippedScopes { get; } = [];
    public Dictionary<string, string> Formats { get; } = new(StringComparer.Ordinal);
    public List<ValeSection> Sections { get; } = [];
    public List<KeyValuePair<string, string>> Unknown { get; } = [];

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

    public static ValeConfig Load(string path)
    {
        var config = new ValeConfig { Path = System.IO.Path.GetFullPath(path) };
        string folder = System.IO.Path.GetDirectoryName(config.Path)!;
        ValeSection? section = null;
        bool inFormats = false;
        foreach (string rawLine in File.ReadAllLines(path))
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                string name = line[1..^1].Trim();
                inFormats = name == "formats";
                section = inFormats ? null : new ValeSection(name, [], []);
                if (section != null) config.Sections.Add(section);
                continue;
            }
            int eq = line.IndexOf('=');
            if (eq < 0) continue;
            string key = line[..eq].Trim(), value = line[(eq + 1)..].Trim();
            if (inFormats) { config.Formats[key] = value; continue; }
            if (section == null)
            {
                switch (key)
                {
                    case "StylesPath": config.StylesPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, value)); break;
                    case "MinAlertLevel": config.MinAlertLevel = value; break;
                    case "Vocab": config.Vocab.AddRange(SplitList(value)); break;
                    case "IgnoredScopes": config.IgnoredScopes.AddRange(SplitList(value)); break;
                    case "SkippedScopes": config.SkippedScopes.AddRange(SplitList(value)); break;
                    case "BasedOnStyles":
                        section = new ValeSection("*", [.. SplitList(value)], []);
                        config.Sections.Insert(0, section);
                        section = null;
                        break;
                    default: config.Unknown.Add(new(key, value)); break;
                }
                continue;
            }
            if (key == "BasedOnStyles") section.BasedOnStyles.AddRange(SplitList(value));
            else section.Settings.Add(new(key, value));
        }
        return config;
    }

    private static IEnumerable<string> SplitList(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Does a section's glob match the file (its path relative to the config's folder, or its name)?</summary>
    public static bool GlobMatches(string glob, string relativePath)
    {
        relativePath = relativePath.Replace('\\', '/');
        if (relativePath.StartsWith("./", StringComparison.Ordinal)) relativePath = relativePath[2..];
        bool negate = glob.StartsWith('!');
        string pattern = negate ? glob[1..] : glob;
        Regex re = GlobRegex(pattern);
        bool match = re.IsMatch(relativePath) || re.IsMatch(System.IO.Path.GetFileName(relativePath));
        return negate ? !match : match;
    }

    private static Regex GlobRegex(string glob)
    {
        var builder = new System.Text.StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < glob.Length && glob[i + 1] == '*') { builder.Append(".*"); i++; }
                    else builder.Append("[^/]*");
                    break;
                case '?': builder.Append("[^/]"); break;
                case '{':
                {
                    int end = glob.IndexOf('}', i);
                    if (end < 0) { builder.Append("\\{"); break; }
                    string[] options = glob[(i + 1)..end].Split(',');
                    builder.Append("(?:").Append(string.Join("|", options.Select(o => GlobRegex(o).ToString()[1..^1]))).Append(')');
                    i = end;
                    break;
                }
                case '[':
                {
                    int end = glob.IndexOf(']', i);
                    if (end < 0) { builder.Append("\\["); break; }
                    builder.Append(glob, i, end - i + 1);
                    i = end;
                    break;
                }
                default: builder.Append(Regex.Escape(c.ToString())); break;
            }
        }
        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}

namespace StyleLint.HouseRules;

/// <summary>A rule file's text and the path it is reported under.</summary>
public sealed record RuleFile(string Path, string Text)
{
    /// <summary>Every rule file (*.yml, *.yaml, *.json) in the given files and folders, sorted, each read once.</summary>
    public static IReadOnlyList<RuleFile> ReadAll(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (RuleCompiler.Parsing.RuleFileParser.IsRuleFile(file)) files.Add(file);
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such rule file or folder", path);
            }
        }
        return files.Select(f => new RuleFile(f, File.ReadAllText(f))).ToArray();
    }
}

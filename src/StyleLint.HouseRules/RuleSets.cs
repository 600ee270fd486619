using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.HouseRules.Vale;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.HouseRules;

/// <summary>House rule files that cannot be used; the CLI prints each problem and exits 2.</summary>
public sealed class RuleFilesException(IReadOnlyList<RuleDiagnostic> diagnostics)
    : Exception($"{diagnostics.Count} problem(s) in house rule files")
{
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; } = diagnostics;
}

/// <summary>
/// The linter for each config: the built-in checkers plus the house rules its rulePaths name, validated and
/// compiled once per distinct set of rule files (from the disk cache when nothing changed).
/// </summary>
public sealed class RuleSets(IReadOnlyList<Checker> builtIns, HouseRuleCompiler compiler, TextWriter? log)
{
    private readonly Dictionary<string, Linter> linters = new(StringComparer.Ordinal);

    public Linter BuiltIn { get; } = new(builtIns);

    public Linter For(LintConfig config)
    {
        if (config.RulePaths.Count == 0 && config.ValeStyles.Count == 0) return BuiltIn;
        string key = string.Join("\n", config.RulePaths.Order(StringComparer.Ordinal)) + "\nvale:" + string.Join("\n", config.ValeStyles.Order(StringComparer.Ordinal));
        if (linters.TryGetValue(key, out Linter? cached)) return cached;

        IReadOnlyList<RuleFile> files = ReadRuleFiles(config.RulePaths);
        IReadOnlyList<RuleDiagnostic> problems = new RuleFileValidator(builtIns.Select(c => c.Rule.Id).ToHashSet(StringComparer.Ordinal)).Validate(files);
        if (problems.Count > 0) throw new RuleFilesException(problems);
        // Vale rule files are Vale's language, not ours: the generator translates them (a problem it finds still stops the run).
        IReadOnlyList<RuleFile> valeFiles = ReadValeStyles(config.ValeStyles);

        HouseRuleSet set = compiler.Compile([.. files, .. valeFiles]);
        if (!set.Succeeded) throw new RuleFilesException(set.Diagnostics);
        log?.WriteLine(set.FromCache
            ? $"stylelint: house rules: {set.Checkers.Count} rules from {files.Count} files loaded from the cache in {set.Elapsed.TotalMilliseconds:F0} ms ({compiler.Cache.PathFor(set.CacheKey)})"
            : $"stylelint: house rules: {set.Checkers.Count} rules from {files.Count} files compiled in {set.Elapsed.TotalMilliseconds:F0} ms, cached in {compiler.Cache.Folder}");

        IEnumerable<Checker> checkers = ValeStyleChecker.Configure(set.Checkers, config.ValeStyles);
        var linter = new Linter([.. builtIns, .. checkers.OrderBy(c => c.Rule.Id, StringComparer.Ordinal)]);
        linters[key] = linter;
        return linter;
    }

    /// <summary>The rule files of Vale style folders (*.yml, recursively), each named Style/Rule.yml as Vale names them.</summary>
    public static IReadOnlyList<RuleFile> ReadValeStyles(IEnumerable<string> folders) =>
        folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(f => new RuleFile(Display(f), File.ReadAllText(f)))
            .ToArray();

    /// <summary>Rule files under the given paths, reported relative to the current folder (FileNotFoundException names a missing one).</summary>
    public static IReadOnlyList<RuleFile> ReadRuleFiles(IEnumerable<string> paths) =>
        RuleFile.ReadAll(paths).Select(f => f with { Path = Display(f.Path) }).ToArray();

    public static string Display(string path)
    {
        if (!Path.IsPathRooted(path)) return path;
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.HouseRules;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.Cli.RuleTools;

/// <summary>
/// `stylelint rules validate|test|new`: what a newsroom developer needs to write a house rule and roll it out.
/// With no paths, validate and test take the rulePaths of the nearest .stylelint.yml.
/// </summary>
public sealed class RuleToolsCommand(IReadOnlyList<Checker> builtIns, HouseRuleCompiler compiler, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Schema and generator checks with file:line:column; exit 0 when every file is valid, 1 otherwise.</summary>
    public int Validate(IReadOnlyList<string> paths)
    {
        if (ReadFiles(paths) is not { } files) return ExitCodes.Error;
        IReadOnlyList<RuleDiagnostic> problems = new RuleFileValidator(builtIns.Select(c => c.Rule.Id).ToHashSet(StringComparer.Ordinal)).Validate(files);
        foreach (RuleDiagnostic d in problems) stdout.WriteLine(Describe(d));
        stderr.WriteLine(problems.Count == 0
            ? $"stylelint: {files.Count} rule file{Plural(files.Count)} valid"
            : $"stylelint: {problems.Count} problem{Plural(problems.Count)} in {problems.Select(p => p.Position.Path).Distinct().Count()} of {files.Count} rule files");
        return problems.Count == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    /// <summary>Compiles the rules with the generator and runs every example; exit 0 when all behave, 1 otherwise.</summary>
    public int Test(IReadOnlyList<string> paths)
    {
        if (ReadFiles(paths) is not { } files) return ExitCodes.Error;
        IReadOnlyList<RuleDiagnostic> problems = new RuleFileValidator(builtIns.Select(c => c.Rule.Id).ToHashSet(StringComparer.Ordinal)).Validate(files);
        HouseRuleSet? set = problems.Count == 0 ? compiler.Compile(files) : null;
        if (set is { Succeeded: false }) problems = set.Diagnostics;
        if (problems.Count > 0 || set == null)
        {
            foreach (RuleDiagnostic d in problems) stdout.WriteLine(Describe(d));
            stderr.WriteLine("stylelint: the rules do not compile; fix the problems above (see `stylelint rules validate`)");
            return ExitCodes.Findings;
        }

        int examples = 0;
        var failures = new List<ExampleFailure>();
        foreach (Checker checker in set.Checkers)
        {
            examples += checker.Rule.BadExamples.Count + checker.Rule.GoodExamples.Count;
            IReadOnlyList<ExampleFailure> failed = ExampleRunner.Run(checker);
            failures.AddRange(failed);
            stdout.WriteLine($"{(failed.Count == 0 ? "ok  " : "FAIL")} {checker.Rule.Id} ({checker.Rule.Source})");
        }
        foreach (ExampleFailure failure in failures) stdout.WriteLine("  " + failure);
        stderr.WriteLine($"stylelint: {set.Checkers.Count} rule{Plural(set.Checkers.Count)}, {examples} examples, {failures.Count} failed");
        return failures.Count == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    /// <summary>Writes a starter rule file whose examples pass; never overwrites.</summary>
    public int New(string id, string kind, string folder)
    {
        if (!RuleScaffold.IdShape().IsMatch(id))
        {
            stderr.WriteLine($"stylelint: '{id}' is not a rule id: use Style.Name, e.g. House.Healthcare");
            return ExitCodes.Error;
        }
        string path = Path.Combine(folder, id[(id.IndexOf('.') + 1)..] + ".yml");
        if (File.Exists(path))
        {
            stderr.WriteLine($"stylelint: {path} already exists; not overwritten");
            return ExitCodes.Error;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, RuleScaffold.Create(id, kind));
        stdout.WriteLine(path);
        stderr.WriteLine($"stylelint: wrote a starter {kind} rule; edit it, then run: stylelint rules test {path}");
        return ExitCodes.Clean;
    }

    private IReadOnlyList<RuleFile>? ReadFiles(IReadOnlyList<string> paths)
    {
        IReadOnlyList<string> targets = paths;
        if (targets.Count == 0)
        {
            string? configPath = ConfigLoader.FindFor(Directory.GetCurrentDirectory());
            try
            {
                targets = configPath == null ? [] : ConfigLoader.Load(configPath).RulePaths;
            }
            catch (ConfigException e)
            {
                stderr.WriteLine("stylelint: " + e.Describe());
                return null;
            }
            if (targets.Count == 0)
            {
                stderr.WriteLine("stylelint: give rule files or folders (or run where a .stylelint.yml names rulePaths)");
                return null;
            }
        }
        try
        {
            IReadOnlyList<RuleFile> files = RuleSets.ReadRuleFiles(targets);
            if (files.Count == 0) stderr.WriteLine("stylelint: no rule files (.yml, .yaml, .json) found");
            return files.Count == 0 ? null : files;
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine("stylelint: " + e.Message);
            return null;
        }
    }

    private static string Describe(RuleDiagnostic d) => $"{d.Position.Path}:{d.Position.Line}:{d.Position.Column}: error {d.Id}: {d.Message}";

    private static string Plural(int n) => n == 1 ? "" : "s";
}

using System.Text.RegularExpressions;
using StyleLint.Checking;
using StyleLint.Checking.Kinds;
using StyleLint.Cli.Fixing;
using StyleLint.Config;
using StyleLint.Diagnostics;
using StyleLint.Engine;
using StyleLint.HouseRules;
using StyleLint.Findings;
using StyleLint.Markup;
using StyleLint.Output;
using StyleLint.Text;

namespace StyleLint.Cli;

/// <summary>
/// `stylelint check`: configs and house rules are read, compiled and checked first (nothing is linted
/// half-configured), then every input is linted, in parallel, and the results are written in input order.
/// With --fix, findings that have exactly one suggestion are applied and each file is rewritten atomically;
/// with --dry-run a unified diff is printed instead. Errors go to stderr, findings to stdout.
/// </summary>
public sealed class CheckCommand(RuleSets ruleSets, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
{
    public int Run(CheckOptions options)
    {
        IFindingFormatter? formatter = FindingFormatters.ByName(options.Format);
        if (formatter == null)
        {
            stderr.WriteLine($"stylelint: unknown format '{options.Format}'; use {string.Join(", ", FindingFormatters.Names)}");
            return ExitCodes.Error;
        }
        if (options.Paths.Count == 0)
        {
            stderr.WriteLine("stylelint: nothing to check: give files, folders, globs, or - for standard input (see stylelint check --help)");
            return ExitCodes.Error;
        }

        (List<LintInput> inputs, List<string> pathErrors) = InputExpander.Expand(options.Paths);
        foreach (string error in pathErrors) stderr.WriteLine("stylelint: " + error);
        // The rules' regexes are made when a rule is first used, below.
        if (IsSmallInput(inputs)) PatternKind.DefaultOptions = RegexOptions.None;

        LintConfig[] configs;
        Linter[] linters;
        try
        {
            (configs, linters) = ResolveConfigs(inputs, options.ConfigPath, options.StdinFilename);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine("stylelint: " + e.Describe());
            return ExitCodes.Error;
        }
        catch (RuleFilesException e)
        {
            foreach (var d in e.Diagnostics) stderr.WriteLine($"{d.Position.Path}:{d.Position.Line}:{d.Position.Column}: error {d.Id}: {d.Message}");
            stderr.WriteLine("stylelint: the house rules above cannot be used; nothing was checked");
            return ExitCodes.Error;
        }
        StartupTimings.Mark("configs found and loaded, house rules ready");
        if (options.Verbose)
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                stderr.WriteLine($"stylelint: {NameOf(inputs[i], options.StdinFilename)}: config {configs[i].Path ?? "(built-in defaults)"}, {linters[i].Checkers.Count} rules");
            }
        }

        // Each input's own settings (per-path overrides applied) once, for linting and for the exit code alike.
        LintConfig[] effective = inputs.Select((input, i) => configs[i].ForFile(input.IsStdin ? options.StdinFilename ?? "-" : input.Path)).ToArray();

        IReadOnlyList<RuleInfo> rules = linters.Append(ruleSets.BuiltIn).Distinct().SelectMany(l => l.Rules).DistinctBy(r => r.Id).ToArray();
        // A file's findings are final when it is linted, and written as soon as order allows; unless --fix
        // rewrites them (results and texts are kept to the end) or consistency is decided across the run: then
        // results wait on disk (ResultSpool) while the variants are counted, and are written at the end.
        Dictionary<string, RuleInfo> consistencyRules = RunConsistency.ConsistencyRules(rules);
        bool runWide = !options.ConsistencyPerFile && inputs.Count > 1 && consistencyRules.Count > 0;
        var results = new LintResult?[inputs.Count];
        var failing = new bool[inputs.Count];
        var sources = new SourceText?[inputs.Count];
        var inputErrors = new string?[inputs.Count];
        var tally = new FindingTally();
        using ResultSpool? spool = runWide && !options.Fix ? new ResultSpool() : null;
        var variants = new ConsistencyTally();
        IFindingWriter? output = options.Fix ? null : formatter.Begin(stdout, rules);
        void Write(int i, LintResult result)
        {
            output!.Add(result);
            tally.Add(result);
            failing[i] = IsFailing(result, effective[i], options);
        }

        byte[]? stdinBytes = inputs.Any(i => i.IsStdin) ? ReadStdin() : null;
        StartupTimings.Mark("linting starts");
        OrderedParallel.ForEach(inputs.Count, LintWindow, i => LintSafely(i, inputs, effective, linters, options, stdinBytes, inputErrors, sources), (i, result) =>
        {
            if (result == null) return;
            if (spool != null)
            {
                variants.Add(result);
                spool.Write(i, result);
            }
            else if (output == null)
            {
                results[i] = result;
            }
            else
            {
                Write(i, result);
            }
        });

        StartupTimings.Mark("inputs linted");
        foreach (string? error in inputErrors)
        {
            if (error != null) stderr.WriteLine("stylelint: " + error);
        }

        if (output != null)
        {
            if (spool != null)
            {
                // As RunConsistency.Apply: with fewer than two files linted there is nothing to agree across.
                Dictionary<string, (int Variant, string Name)> winners = variants.Winners();
                bool apply = spool.Count > 1;
                foreach ((int i, LintResult result) in spool.ReadAll())
                {
                    Write(i, apply ? RunConsistency.Apply(result, consistencyRules, winners) : result);
                }
            }
            output.End();
            StartupTimings.Mark("findings written");
            if (options.Format == "text") stderr.WriteLine(TextFormatter.Summary(tally));
            return ExitCodeFor(failing, pathErrors, inputErrors);
        }

        IReadOnlyList<LintResult> done = results.OfType<LintResult>().ToList();
        if (!options.ConsistencyPerFile)
        {
            done = RunConsistency.Apply(done, rules);
            for (int i = 0, j = 0; i < results.Length; i++)
            {
                if (results[i] != null) results[i] = done[j++];
            }
        }
        if (options.Fix)
        {
            done = ApplyFixes(inputs, sources, results, options);
        }
        for (int i = 0; i < results.Length; i++) failing[i] = results[i] is { } r && IsFailing(r, effective[i], options);
        if (options.Fix && (options.DryRun || inputs.Any(i => i.IsStdin))) return ExitCodeFor(failing, pathErrors, inputErrors);

        formatter.Write(stdout, done, rules);
        StartupTimings.Mark("findings written");
        if (options.Format == "text") stderr.WriteLine(TextFormatter.Summary(done));
        return ExitCodeFor(failing, pathErrors, inputErrors);
    }

    /// <summary>
    /// Whether the inputs, folders and globs expanded, are so little text that interpreting the rules' regexes is
    /// faster than compiling them first (IL emitted, then ~0.4 s of JIT time over the run's threads): compiling pays
    /// for itself at about 1 MB (measured on the corpus, published CLI: 200 files, 0.39 MB, 335 ms of CPU
    /// interpreted against 448 ms compiled; 800 files, 1.66 MB, 845 against 752 ms). Standard input counts as small.
    /// </summary>
    private static bool IsSmallInput(List<LintInput> inputs)
    {
        const long SmallInput = 512 * 1024;
        if (inputs.Count > 1000) return false;
        long total = 0;
        foreach (LintInput input in inputs)
        {
            if (!input.IsStdin) total += FileSize(input.Path);
            if (total > SmallInput) return false;
        }
        return true;
    }

    /// <summary>How many files may be linted ahead of the first one not yet written: enough to keep every core busy.</summary>
    private static int LintWindow => 4 * Environment.ProcessorCount;

    /// <summary>One input linted; an input's own error is kept for stderr (its result is then null), the others go on.</summary>
    private static LintResult? LintSafely(int i, List<LintInput> inputs, LintConfig[] effective, Linter[] linters, CheckOptions options, byte[]? stdinBytes, string?[] inputErrors, SourceText?[] sources)
    {
        try
        {
            (LintResult result, SourceText? source) = LintOne(inputs[i], effective[i], linters[i], options, stdinBytes);
            // Only --fix needs the text again; keeping every file's text made memory grow with the run.
            if (options.Fix) sources[i] = source;
            // Variant uses serve only run-wide consistency; per file, the findings already say everything.
            return options.ConsistencyPerFile ? result with { VariantUses = [] } : result;
        }
        catch (InputException e)
        {
            inputErrors[i] = e.Describe();
        }
        catch (NotSupportedException e)
        {
            // A format whose adapter is not there (yet): this file is skipped, the others are still linted.
            inputErrors[i] = $"{NameOf(inputs[i], options.StdinFilename)}: {e.Message}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug while linting one file must not lose the findings of the others (nor print a stack trace).
            inputErrors[i] = $"{NameOf(inputs[i], options.StdinFilename)}: internal error while linting ({e.GetType().Name}: {e.Message}); please report it";
        }
        return null;
    }

    private static bool IsFailing(LintResult result, LintConfig config, CheckOptions options)
    {
        Severity failLevel = options.FailLevel ?? config.FailLevel;
        return result.Findings.Any(f => f.Severity >= failLevel);
    }

    private static int ExitCodeFor(bool[] failing, List<string> pathErrors, string?[] inputErrors)
    {
        if (pathErrors.Count > 0 || inputErrors.Any(e => e != null)) return ExitCodes.Error;
        return failing.Any(f => f) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>
    /// Applies every finding with exactly one suggestion. Files are rewritten atomically in their own encoding
    /// (or, with --dry-run, a unified diff is printed); standard input's fixed text goes to stdout. The results
    /// keep only the findings that were not fixed.
    /// </summary>
    private IReadOnlyList<LintResult> ApplyFixes(List<LintInput> inputs, SourceText?[] sources, LintResult?[] results, CheckOptions options)
    {
        int fixedFindings = 0, fixedFiles = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            if (results[i] is not { } result || sources[i] is not { } source) continue;
            (string text, IReadOnlyList<Finding> applied) = FixApplier.Apply(source.Text, result.Findings, FixApplier.Policy.SingleSuggestion);
            if (inputs[i].IsStdin)
            {
                stdout.Write(text);
            }
            else if (applied.Count > 0)
            {
                if (options.DryRun) stdout.Write(UnifiedDiff.Create(inputs[i].DisplayPath, source.Text, text));
                else AtomicFile.Write(inputs[i].Path, text, source.Encoding, source.HadByteOrderMark);
            }
            if (applied.Count > 0)
            {
                fixedFindings += applied.Count;
                fixedFiles++;
            }
            var remaining = new HashSet<Finding>(applied, ReferenceEqualityComparer.Instance);
            results[i] = result with { Findings = result.Findings.Where(f => !remaining.Contains(f)).ToArray() };
        }
        string verb = options.DryRun ? "would fix" : "fixed";
        stderr.WriteLine($"stylelint: {verb} {fixedFindings} finding{(fixedFindings == 1 ? "" : "s")} in {fixedFiles} file{(fixedFiles == 1 ? "" : "s")}");
        return results.OfType<LintResult>().ToList();
    }

    /// <summary>The size on disk, or 0 where it cannot be known (the whole read then says why).</summary>
    private static long FileSize(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string NameOf(LintInput input, string? stdinFilename) => input.IsStdin ? stdinFilename ?? "-" : input.DisplayPath;

    /// <summary>
    /// Lints one input; the text is returned only when it was read whole. A huge file is read and linted in
    /// segments (<see cref="SegmentedLint"/>), except with --fix, which rewrites the file from its whole text.
    /// </summary>
    private static (LintResult, SourceText?) LintOne(LintInput input, LintConfig config, Linter linter, CheckOptions options, byte[]? stdinBytes)
    {
        if (input.IsStdin)
        {
            string name = options.StdinFilename ?? "-";
            SourceText stdinText = SourceDecoder.Decode(name, stdinBytes ?? []);
            return (linter.Lint(stdinText, name, config, MarkupFormats.FromPath(name)), stdinText);
        }
        MarkupFormat format = MarkupFormats.FromPath(input.Path);
        if (!options.Fix && SegmentedLint.Applies(FileSize(input.Path), format))
        {
            return (SegmentedLint.Lint(linter, input.Path, input.DisplayPath, config, format), null);
        }
        SourceText source = SourceDecoder.ReadFile(input.Path);
        return (linter.Lint(source, input.DisplayPath, config), source);
    }

    /// <summary>
    /// Where the config search starts: the file's folder; for standard input the folder of --stdin-filename
    /// (an editor piping a buffer names the file it came from), else the current folder.
    /// </summary>
    private static string ConfigSearchStart(LintInput input, string? stdinFilename) =>
        !input.IsStdin ? input.Path
        : !string.IsNullOrEmpty(stdinFilename) ? Path.GetFullPath(stdinFilename)
        : Directory.GetCurrentDirectory();

    private (LintConfig[], Linter[]) ResolveConfigs(List<LintInput> inputs, string? explicitPath, string? stdinFilename)
    {
        var loaded = new Dictionary<string, LintConfig>(StringComparer.Ordinal);
        LintConfig Load(string path)
        {
            if (!loaded.TryGetValue(path, out LintConfig? config))
            {
                if (Directory.Exists(path)) throw new ConfigException(path, 0, 0, "is a folder; give the config file itself (.stylelint.yml)");
                try
                {
                    config = ConfigLoader.Load(path);
                }
                catch (Exception e) when (e is not ConfigException and not OutOfMemoryException)
                {
                    // The YAML parser does not always throw YamlException for broken input (an unclosed [ followed
                    // by more keys throws InvalidOperationException): still a config error that names the file.
                    throw new ConfigException(path, 0, 0, $"invalid YAML ({e.Message})");
                }
                config.Validate(ruleSets.For(config).Rules);
                loaded[path] = config;
            }
            return config;
        }

        LintConfig[] configs = explicitPath != null
            ? Enumerable.Repeat(Load(explicitPath), inputs.Count).ToArray()
            : inputs.Select(input => ConfigLoader.FindFor(ConfigSearchStart(input, stdinFilename)) is { } found ? Load(found) : LintConfig.Default).ToArray();
        return (configs, configs.Select(ruleSets.For).ToArray());
    }

    private byte[] ReadStdin()
    {
        using Stream stream = openStdin();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

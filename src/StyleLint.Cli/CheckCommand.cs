using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.Markup;
using StyleLint.Output;
using StyleLint.Text;

namespace StyleLint.Cli;

/// <summary>
/// `stylelint check`: configs are read and checked first (nothing is linted half-configured), then every input
/// is linted, in parallel, and the results are written in input order. Errors go to stderr, findings to stdout.
/// </summary>
public sealed class CheckCommand(Linter linter, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
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

        LintConfig[] configs;
        try
        {
            configs = ResolveConfigs(inputs, options.ConfigPath, options.StdinFilename);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine("stylelint: " + e.Describe());
            return ExitCodes.Error;
        }

        var results = new LintResult?[inputs.Count];
        var inputErrors = new string?[inputs.Count];
        byte[]? stdinBytes = inputs.Any(i => i.IsStdin) ? ReadStdin() : null;
        Parallel.For(0, inputs.Count, i =>
        {
            try
            {
                results[i] = LintOne(inputs[i], configs[i], options.StdinFilename, stdinBytes);
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
        });

        foreach (string? error in inputErrors)
        {
            if (error != null) stderr.WriteLine("stylelint: " + error);
        }

        IReadOnlyList<RuleInfo> rules = linter.Rules.ToArray();
        IReadOnlyList<LintResult> done = results.OfType<LintResult>().ToList();
        if (!options.ConsistencyPerFile)
        {
            done = RunConsistency.Apply(done, rules);
            for (int i = 0, j = 0; i < results.Length; i++)
            {
                if (results[i] != null) results[i] = done[j++];
            }
        }
        formatter.Write(stdout, done, rules);
        if (options.Format == "text") stderr.WriteLine(TextFormatter.Summary(done));

        if (pathErrors.Count > 0 || inputErrors.Any(e => e != null)) return ExitCodes.Error;
        bool failed = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            Severity failLevel = options.FailLevel ?? configs[i].FailLevel;
            if (results[i]?.Findings.Any(f => f.Severity >= failLevel) == true) failed = true;
        }
        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string NameOf(LintInput input, string? stdinFilename) => input.IsStdin ? stdinFilename ?? "-" : input.DisplayPath;

    private LintResult LintOne(LintInput input, LintConfig config, string? stdinFilename, byte[]? stdinBytes)
    {
        if (input.IsStdin)
        {
            string name = stdinFilename ?? "-";
            SourceText stdinText = SourceDecoder.Decode(name, stdinBytes ?? []);
            return linter.Lint(stdinText, name, config, MarkupFormats.FromPath(name));
        }
        SourceText source = SourceDecoder.ReadFile(input.Path);
        return linter.Lint(source, input.DisplayPath, config);
    }

    /// <summary>
    /// Where the config search starts: the file's folder; for standard input the folder of --stdin-filename
    /// (an editor piping a buffer names the file it came from), else the current folder.
    /// </summary>
    private static string ConfigSearchStart(LintInput input, string? stdinFilename) =>
        !input.IsStdin ? input.Path
        : !string.IsNullOrEmpty(stdinFilename) ? Path.GetFullPath(stdinFilename)
        : Directory.GetCurrentDirectory();

    private LintConfig[] ResolveConfigs(List<LintInput> inputs, string? explicitPath, string? stdinFilename)
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
                config.Validate(linter.Rules);
                loaded[path] = config;
            }
            return config;
        }

        if (explicitPath != null)
        {
            LintConfig config = Load(explicitPath);
            return inputs.Select(_ => config).ToArray();
        }
        return inputs
            .Select(input => ConfigLoader.FindFor(ConfigSearchStart(input, stdinFilename)) is { } found ? Load(found) : LintConfig.Default)
            .ToArray();
    }

    private byte[] ReadStdin()
    {
        using Stream stream = openStdin();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

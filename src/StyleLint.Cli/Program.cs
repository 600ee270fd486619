using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using StyleLint.Cli.RuleTools;
using System.Text.RegularExpressions;
using StyleLint.Checking;
using StyleLint.Checking.Kinds;
using StyleLint.Diagnostics;
using StyleLint.Engine;
using StyleLint.Findings;
using StyleLint.HouseRules;
using StyleLint.Output;
using StyleLint.Rules;

namespace StyleLint.Cli;

/// <summary>The `stylelint` command line: parses arguments and hands off to the commands.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        StartupTimings.Mark("Main entered (runtime started, stylelint.dll loaded)");
        int exit = Run(args, Console.Out, Console.Error, Console.OpenStandardInput);
        StartupTimings.Mark("done");
        StartupTimings.ListAssemblies();
        return exit;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
    {
        try
        {
            RootCommand root = Build(stdout, stderr, openStdin, checkOnly: args.Length > 0 && args[0] == "check");
            StartupTimings.Mark("command line built");
            ParseResult parsed = root.Parse(args);
            StartupTimings.Mark("command line parsed");
            List<string> errors = parsed.Errors.Select(e => e.Message).Concat(UnknownOptions(parsed)).ToList();
            if (errors.Count > 0)
            {
                foreach (string error in errors) stderr.WriteLine("stylelint: " + error);
                stderr.WriteLine("Run 'stylelint --help' for usage.");
                return ExitCodes.Error;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last line of defence: a message, never a stack trace.
            stderr.WriteLine($"stylelint: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// A command with a variadic argument (check's paths) takes any token, so a mistyped flag such as --formt
    /// would be read as a file name, reported as missing, and the other files linted. A token that looks like an
    /// option is an error unless it comes after "--" (then it is a path). "-" alone is standard input.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parsed)
    {
        int doubleDash = parsed.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        foreach (ArgumentResult argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (Token token in argument.Tokens)
            {
                if (token.Value.Length < 2 || token.Value[0] != '-') continue;
                int at = parsed.Tokens.ToList().FindIndex(t => ReferenceEquals(t, token));
                if (doubleDash >= 0 && at > doubleDash) continue;
                yield return $"unknown option '{token.Value}' (to check a file whose name starts with '-', put it after --)";
            }
        }
    }

    private const string FormatsHelp =
        "Formats (--format): text (path:line:col: severity Rule.Id: message; the default), json (an array of findings), sarif (SARIF 2.1.0).";

    private const string ExitCodesHelp =
        "Exit codes: 0 nothing at or above the failing level, 1 findings at or above it (error, unless --fail-level or the config's failLevel says otherwise), 2 usage, config or input error.";

    private const string CheckExamples =
        "Examples:\n  stylelint check story.txt\n  stylelint check drafts/ --format sarif > findings.sarif\n" +
        "  stylelint check story.md --config house/.stylelint.yml --fail-level warning";

    /// <param name="checkOnly">
    /// The command line is `stylelint check …` (nearly every run): the other commands get their names only, as
    /// nothing after `check` can reach them, so their options (the rule tools', serve's numbers) are not built.
    /// </param>
    private static RootCommand Build(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin, bool checkOnly)
    {
        var root = new RootCommand(
            "StyleLint checks news copy against editorial style rules (compiled from YAML/JSON rule files).\n\n" +
            "Examples:\n" +
            "  stylelint check story.txt                 lint one article\n" +
            "  stylelint check drafts/ --format json     lint a folder, JSON findings\n" +
            "  cat story.md | stylelint check - --stdin-filename story.md\n" +
            "  stylelint check story.txt --fix           apply every fix that has one clear suggestion\n" +
            "  stylelint rules list                      the rules and their default severities\n" +
            "  stylelint rules new House.Healthcare --kind substitution");
        Command check = BuildCheck(stdout, stderr, openStdin);
        root.Subcommands.Add(check);
        root.Subcommands.Add(checkOnly ? new Command("rules") : BuildRules(stdout, stderr));
        root.Subcommands.Add(checkOnly ? new Command("serve") : ServeCommand.Build(stdout, stderr));

        // Formats and exit codes close the help of the root and of check (not the one-line command list).
        string footer = FormatsHelp + "\n\n" + ExitCodesHelp;
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is SynchronousCommandLineAction standard)
        {
            help.Action = new HelpWithFooter(standard, command =>
                command == root ? footer : command == check ? CheckExamples + "\n\n" + footer : null);
        }
        return root;
    }

    private static Command BuildCheck(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched for .txt, .md, .html), globs (\"drafts/**/*.md\"), or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: text (path:line:col: severity Rule.Id: message), json (an array of findings), sarif (SARIF 2.1.0), line (path:line:col:Rule.Id:message, sorted, as Vale writes it).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(FindingFormatters.Names);
        var valeConfig = new Option<string?>("--vale-config")
        {
            Description = "A Vale config (.vale.ini) to run its styles with; --format line prints Vale's path:line:col:Rule.Id:message. Default with --format line: the nearest .vale.ini, _vale.ini, .vale or _vale.",
        };
        var minAlertLevel = new Option<string?>("--min-alert-level")
        {
            Description = "With a Vale config: report only findings at or above this level (suggestion, warning, error), overriding its MinAlertLevel.",
        };
        minAlertLevel.AcceptOnlyFromAmong("error", "warning", "suggestion");
        var config = new Option<string?>("--config", "-c")
        {
            Description = "Config file to use for every input. Default: the nearest .stylelint.yml above each file.",
        };
        var failLevel = new Option<string?>("--fail-level")
        {
            Description = "Exit 1 when a finding is at or above this level: error (default), warning or suggestion. Overrides the config's failLevel.",
        };
        failLevel.AcceptOnlyFromAmong("error", "warning", "suggestion");
        var stdinFilename = new Option<string?>("--stdin-filename")
        {
            Description = "Name for standard input in findings; its extension picks the format (.md, .html, else plain text), its folder the .stylelint.yml.",
        };

        var consistency = new Option<string>("--consistency")
        {
            Description = "Consistency rules (U.S./US, -ise/-ize, date style) compare all files checked together (run, the default: a newsroom's copy should agree) or each file on its own (file).",
            DefaultValueFactory = _ => "run",
        };
        consistency.AcceptOnlyFromAmong("run", "file");

        var fix = new Option<bool>("--fix")
        {
            Description = "Apply every finding that has exactly one suggestion, rewriting each file atomically in its own encoding and line endings; then report what is left. With - the fixed text goes to stdout.",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "With --fix: print a unified diff of the fixes instead of writing any file.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Say which config each file uses and whether house rules were compiled or loaded from the cache.",
        };
        var cacheDir = new Option<string?>("--cache-dir")
        {
            Description = "Where compiled house rules are cached (default $STYLELINT_CACHE_DIR, else ~/.cache/stylelint).",
        };

        var check = new Command("check", "Lint articles and report style findings.")
        {
            paths, format, valeConfig, minAlertLevel, config, failLevel, stdinFilename, consistency, fix, dryRun, verbose, cacheDir,
        };
        check.Validators.Add(result =>
        {
            if (result.GetValue(dryRun) && !result.GetValue(fix)) result.AddError("--dry-run goes with --fix");
        });
        check.SetAction(result =>
        {
            PatternKind.DefaultOptions = IsSmallRun(result.GetValue(paths) ?? []) ? RegexOptions.None : RegexOptions.Compiled;
            // A Vale project (a .vale.ini given, or found from here with --format line) runs Vale's styles; otherwise
            // --format line is one more output format of StyleLint's own rules.
            if (result.GetValue(valeConfig) != null || (result.GetValue(format) == "line" && StyleLint.HouseRules.Vale.ValeConfig.Find(Directory.GetCurrentDirectory()) != null))
            {
                return new StyleLint.HouseRules.Vale.ValeRunner(NewCompiler(result.GetValue(cacheDir)), stdout, stderr)
                    .Run(result.GetValue(paths) ?? [], result.GetValue(valeConfig), result.GetValue(minAlertLevel));
            }
            Severity? level = SeverityNames.TryParse(result.GetValue(failLevel), out Severity parsedLevel) ? parsedLevel : null;
            var options = new CheckOptions(result.GetValue(paths) ?? [], result.GetValue(format) ?? "text", result.GetValue(config), level, result.GetValue(stdinFilename),
                ConsistencyPerFile: result.GetValue(consistency) == "file", Fix: result.GetValue(fix), DryRun: result.GetValue(dryRun), Verbose: result.GetValue(verbose));
            IReadOnlyList<Checker> builtIns = BuiltInRules.Checkers;
            StartupTimings.Mark($"built-in rules constructed ({builtIns.Count})");
            var ruleSets = new RuleSets(builtIns, NewCompiler(result.GetValue(cacheDir)), options.Verbose ? stderr : null);
            return new CheckCommand(ruleSets, stdout, stderr, openStdin).Run(options);
        });
        return check;
    }

    /// <summary>
    /// One article, or standard input: interpreting the rules' regexes is faster than compiling them first.
    /// Anything bigger (folders, globs, many files, a large file) gets compiled regexes.
    /// </summary>
    private static bool IsSmallRun(string[] paths)
    {
        const long SmallInput = 256 * 1024;
        if (paths.Length == 0 || paths.Length > 3) return false;
        long total = 0;
        foreach (string path in paths)
        {
            if (path == "-") continue;
            if (!File.Exists(path)) return false;
            total += new FileInfo(path).Length;
        }
        return total <= SmallInput;
    }

    private static HouseRuleCompiler NewCompiler(string? cacheDir) =>
        new(new CompiledRuleCache(cacheDir ?? CompiledRuleCache.DefaultFolder()));

    private static Command BuildRules(TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var list = new Command("list", "List every rule: id, default severity, kind and what it checks.") { format };
        list.SetAction(result => new RulesCommand(BuiltInRules.Checkers.Select(c => c.Rule).ToArray(), stdout).List(result.GetValue(format) ?? "text"));

        RuleToolsCommand Tools() => new(BuiltInRules.Checkers, NewCompiler(null), stdout, stderr);

        var validatePaths = new Argument<string[]>("paths") { Description = "Rule files or folders (default: the rulePaths of the nearest .stylelint.yml).", Arity = ArgumentArity.ZeroOrMore };
        var validate = new Command("validate", "Check rule files against rules.schema.json and the generator's own checks; problems as file:line:col. Exit 0 valid, 1 problems, 2 usage.") { validatePaths };
        validate.SetAction(result => Tools().Validate(result.GetValue(validatePaths) ?? []));

        var testPaths = new Argument<string[]>("paths") { Description = "Rule files or folders (default: the rulePaths of the nearest .stylelint.yml).", Arity = ArgumentArity.ZeroOrMore };
        var test = new Command("test", "Compile rule files with the generator and run each rule's good and bad examples; report the ones that fail. Exit 0 all pass, 1 failures, 2 usage.") { testPaths };
        test.SetAction(result => Tools().Test(result.GetValue(testPaths) ?? []));

        var id = new Argument<string>("id") { Description = "The new rule's id, Style.Name (e.g. House.Healthcare)." };
        var kind = new Option<string>("--kind", "-k") { Description = "The rule kind: " + string.Join(", ", RuleScaffold.Kinds) + ".", Required = true };
        kind.AcceptOnlyFromAmong(RuleScaffold.Kinds);
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the rule file in (default: the current folder).", DefaultValueFactory = _ => "." };
        var create = new Command("new", "Write a starter rule file with examples that pass `rules test`.") { id, kind, output };
        create.SetAction(result => Tools().New(result.GetValue(id)!, result.GetValue(kind)!, result.GetValue(output) ?? "."));

        return new Command("rules", "Work with rules: list the built-in ones; validate, test and start house rules.") { list, validate, test, create };
    }

    /// <summary>The standard help, then a closing text for the commands that have one.</summary>
    private sealed class HelpWithFooter(SynchronousCommandLineAction standard, Func<Command, string?> footerFor) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int exit = standard.Invoke(parseResult);
            if (footerFor(parseResult.CommandResult.Command) is { } footer)
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                foreach (string line in footer.Split('\n')) output.WriteLine(line.Length == 0 ? "" : "  " + line);
                output.WriteLine();
            }
            return exit;
        }
    }
}

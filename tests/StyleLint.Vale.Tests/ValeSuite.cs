using System.Text;
using System.Text.RegularExpressions;

namespace StyleLint.Vale.Tests;

/// <summary>One scenario of a feature file: its step, the files its Background and Given steps write, and what it expects.</summary>
public sealed record Scenario(string Feature, string Name, string Step, IReadOnlyList<(string Name, string Text)> Files, string Expected, bool Exactly, int? ExitStatus)
{
    public override string ToString() => Feature + ": " + Name;
}

/// <summary>
/// What running a scenario through StyleLint gives: standard output, standard error and the exit status; Core when its
/// inputs are only Markdown, HTML or plain text (the issue's 80% goal counts those).
/// </summary>
public sealed record Outcome(bool Supported, string Reason, string Output, string Error, int Exit, bool Passed, bool Core = false);

/// <summary>
/// Parses Vale's Gherkin feature files and runs each scenario as features/steps.rb says, through
/// `stylelint check --format line` (in process, the current folder set to the fixture folder).
/// </summary>
public static class ValeSuite
{
    public static readonly string[] Features = ["checks", "scopes", "comments", "styles", "patterns", "lint", "config"];

    private static readonly HashSet<string> Core = new(StringComparer.OrdinalIgnoreCase) { ".md", ".mdx", ".markdown", ".html", ".htm", ".txt" };

    /// <summary>
    /// Formats StyleLint does not read: Vale runs asciidoctor, xsltproc or the DITA toolkit for some, parses Org itself,
    /// and lints comments in source code. A format Vale does not know (.tex, .xyz, no extension) is linted as plain
    /// lines by Vale and by StyleLint, so it is supported; reStructuredText is, when rst2html (docutils) is installed.
    /// </summary>
    private static readonly Dictionary<string, string> FormatNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [".adoc"] = "AsciiDoc (needs asciidoctor)", [".asciidoc"] = "AsciiDoc (needs asciidoctor)", [".rst"] = "reStructuredText (needs rst2html, not installed)",
        [".dita"] = "DITA (needs the DITA Open Toolkit)", [".org"] = "Org mode", [".xml"] = "XML (needs xsltproc)",
    };

    private static readonly HashSet<string> Code = new(StringComparer.OrdinalIgnoreCase)
    {
        ".py", ".clj", ".cpp", ".cc", ".c", ".h", ".hpp", ".css", ".cs", ".go", ".hs", ".java", ".jl", ".js", ".jsx", ".lua", ".php", ".pl", ".proto",
        ".ps1", ".rb", ".rs", ".r", ".sass", ".less", ".scala", ".swift", ".ts", ".tsx", ".yaml", ".yml", ".json",
    };

    private static bool HasRst2Html() => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(d => new[] { "rst2html", "rst2html.py", "rst2html-3", "rst2html-3.py" }.Any(t => File.Exists(Path.Combine(d, t))));

    public static IReadOnlyList<Scenario> Parse(string featureFile)
    {
        string feature = Path.GetFileNameWithoutExtension(featureFile);
        string[] lines = File.ReadAllLines(featureFile);
        var scenarios = new List<Scenario>();
        var background = new List<(string, string)>();
        List<(string, string)>? files = null;
        string? name = null, step = null, expected = null;
        bool exactly = false;
        int? exit = null;
        bool inBackground = false;

        void Flush()
        {
            if (name != null && step != null) scenarios.Add(new Scenario(feature, name, step, [.. background, .. files ?? []], expected ?? "", exactly, exit));
            name = null; step = null; expected = null; exit = null; files = null; exactly = false;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("Background:", StringComparison.Ordinal)) { Flush(); inBackground = true; continue; }
            if (line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                Flush();
                inBackground = false;
                name = line["Scenario:".Length..].Trim();
                files = [];
                continue;
            }
            Match given = Regex.Match(line, "^(?:Given|And) a file named \"(.*)\" with:$");
            if (given.Success)
            {
                string text = ReadDocString(lines, ref i);
                if (inBackground) background.Add((given.Groups[1].Value, text));
                else files?.Add((given.Groups[1].Value, text));
                continue;
            }
            if (line.StartsWith("When ", StringComparison.Ordinal)) { step = line[5..]; continue; }
            if (line.StartsWith("Then the output should contain", StringComparison.Ordinal))
            {
                exactly = line.Contains("exactly", StringComparison.Ordinal);
                expected = ReadDocString(lines, ref i);
                continue;
            }
            Match status = Regex.Match(line, @"the exit status should be (\d+)");
            if (status.Success) exit = int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        Flush();
        return scenarios;
    }

    private static string ReadDocString(string[] lines, ref int i)
    {
        int open = i + 1;
        while (open < lines.Length && lines[open].Trim() != "\"\"\"") open++;
        int indent = lines[open].IndexOf('"');
        var text = new StringBuilder();
        int j = open + 1;
        for (; j < lines.Length && lines[j].Trim() != "\"\"\""; j++)
        {
            string l = lines[j];
            text.Append(l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()).Append('\n');
        }
        i = j;
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Runs one scenario; an unsupported one says why. As in Vale's runner (aruba): "should contain exactly" compares
    /// the findings (standard output) line for line, "should contain" looks for the text in standard output and
    /// error together (Vale writes its errors there), and "the exit status should be N" must hold too.
    /// </summary>
    public static Outcome Run(string testdata, string workRoot, Scenario scenario, Func<string[], (string Output, string Error, int Exit)> stylelint)
    {
        string fixtures = Path.Combine(testdata, "fixtures");
        string aruba = Path.Combine(workRoot, "tmp", "aruba");
        (string? folder, string[]? args, string reason) = Plan(scenario.Step, fixtures, aruba);
        if (folder == null || args == null) return new Outcome(false, reason, "", "", 0, false);

        if (folder == aruba)
        {
            if (Directory.Exists(aruba)) Directory.Delete(aruba, true);
            Directory.CreateDirectory(aruba);
            foreach ((string name, string text) in scenario.Files) File.WriteAllText(Path.Combine(aruba, name), text + "\n");
        }
        if (!Directory.Exists(folder)) return new Outcome(false, "fixture folder missing: " + folder, "", "", 0, false);

        (string? unsupported, bool core) = Classify(folder, args);
        if (unsupported != null) return new Outcome(false, unsupported, "", "", 0, false);

        string previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(folder);
            (string output, string error, int exit) = stylelint(args);
            string actual = output.Replace("\r\n", "\n").TrimEnd('\n');
            string errors = error.Replace("\r\n", "\n").TrimEnd('\n');
            bool passed = scenario.Exactly ? actual == scenario.Expected : (actual + "\n" + errors).Contains(scenario.Expected, StringComparison.Ordinal);
            if (scenario.ExitStatus is int expectedExit && expectedExit != exit) passed = false;
            return new Outcome(true, "", actual, errors, exit, passed, core);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    private static (string?, string[]?, string) Plan(string step, string fixtures, string aruba)
    {
        string[] Line(params string[] rest) => ["check", "--format", "line", .. rest];
        Match m;
        if ((m = Regex.Match(step, "^I test \"(.*)\"$")).Success) return (Path.Combine(fixtures, m.Groups[1].Value.TrimStart('/')), Line("."), "");
        if ((m = Regex.Match(step, "^I test scope \"(.*)\"$")).Success) return (Path.Combine(fixtures, "scopes", m.Groups[1].Value), Line("."), "");
        if ((m = Regex.Match(step, "^I apply style \"(.*)\"$")).Success) return (Path.Combine(fixtures, "styles", m.Groups[1].Value), Line("."), "");
        if ((m = Regex.Match(step, "^I test comments for \"(.*)\"$")).Success) return (Path.Combine(fixtures, "comments"), Line("test" + m.Groups[1].Value), "");
        if ((m = Regex.Match(step, "^I test patterns for \"(.*)\"$")).Success) return (Path.Combine(fixtures, "patterns"), Line(m.Groups[1].Value), "");
        if ((m = Regex.Match(step, "^I lint \"(.*)\"$")).Success) return (Path.Combine(fixtures, "formats"), Line(m.Groups[1].Value), "");
        if ((m = Regex.Match(step, "^I lint path \"(.*)\"$")).Success) return (Path.Combine(fixtures, "formats", m.Groups[1].Value), Line("."), "");
        if (step == "I lint path with exclusions") return (Path.Combine(fixtures, "folders"), Line("."), "");
        if ((m = Regex.Match(step, "^I lint with config \"(.*)\"$")).Success)
        {
            // Relative to tmp/aruba in Vale's runner: ../../fixtures/… from the formats folder resolves the same way.
            string config = Path.GetFullPath(Path.Combine(aruba, m.Groups[1].Value));
            return (Path.Combine(fixtures, "formats"), Line("--vale-config", config, "test.md"), "");
        }
        if ((m = Regex.Match(step, "^I run vale \"(.*)\"$")).Success) return (aruba, Line(m.Groups[1].Value.Split(' ')), "");
        if ((m = Regex.Match(step, "^I assign minAlertLevel \"(.*)\" \"(.*)\"$")).Success) return (aruba, Line("--min-alert-level", m.Groups[1].Value, m.Groups[2].Value), "");
        if (step.StartsWith("I lint AsciiDoc", StringComparison.Ordinal)) return (null, null, "AsciiDoc needs asciidoctor: not supported");
        if ((m = Regex.Match(step, "^I lint reStructuredText \"(.*)\"$")).Success)
        {
            return HasRst2Html() ? (Path.Combine(fixtures, "formats", "rst"), Line(m.Groups[1].Value), "") : (null, null, "reStructuredText needs rst2html (docutils): not installed");
        }
        if (step.StartsWith("I lint file", StringComparison.Ordinal)) return (null, null, "--ext (lint a file as another format) is not supported");
        if (step.StartsWith("I lint simple", StringComparison.Ordinal)) return (null, null, "--ignore-syntax is not supported");
        if (step.StartsWith("I test glob", StringComparison.Ordinal) || step.StartsWith("I test dir glob", StringComparison.Ordinal)) return (null, null, "--glob is not supported");
        return (null, null, "step not supported: " + step);
    }

    /// <summary>Why a scenario's inputs are not supported (a format StyleLint does not read), or null; and whether they are only Markdown, HTML and text.</summary>
    private static (string?, bool) Classify(string folder, string[] args)
    {
        var inputs = new List<string>();
        string[] rest = args[3..];
        for (int i = 0; i < rest.Length; i++)
        {
            string arg = rest[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (arg is "--vale-config" or "--min-alert-level") i++;
                continue;
            }
            string path = Path.Combine(folder, arg);
            if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.') || p.StartsWith('_'))));
            }
            else if (File.Exists(path)) inputs.Add(path);
        }
        var extensions = inputs.Select(f => Path.GetExtension(f) ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
        bool rst = HasRst2Html();
        var other = extensions.Where(e => Code.Contains(e) || (FormatNames.ContainsKey(e) && !(e == ".rst" && rst))).ToList();
        bool core = extensions.All(e => Core.Contains(e));
        if (other.Count == 0) return (null, core);
        return ("inputs include " + string.Join(", ", other.Select(e => FormatNames.TryGetValue(e, out string? n) ? n : e + " (source code)")), core);
    }
}

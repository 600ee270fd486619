using System.Text;
using System.Text.RegularExpressions;

namespace StyleLint.Vale.Tests;

/// <summary>One scenario of a feature file: its step, the files its Background and Given steps write, and what it expects.</summary>
public sealed record Scenario(string Feature, string Name, string Step, IReadOnlyList<(string Name, string Text)> Files, string Expected, bool Exactly, int? ExitStatus)
{
    public override string ToString() => Feature + ": " + Name;
}

/// <summary>What running a scenario through StyleLint gives: standard output, standard error and the exit status.</summary>
public sealed record Outcome(bool Supported, string Reason, string Output, string Error, int Exit, bool Passed);

/// <summary>
/// Parses Vale's Gherkin feature files and runs each scenario as features/steps.rb says, through
/// `stylelint check --format line` (in process, the current folder set to the fixture folder).
/// </summary>
public static class ValeSuite
{
    public static readonly string[] Features = ["checks", "scopes", "comments", "styles", "patterns", "lint", "config"];

    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase) { ".md", ".mdx", ".markdown", ".html", ".htm", ".txt" };

    private static readonly Dictionary<string, string> FormatNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [".adoc"] = "AsciiDoc (needs asciidoctor)", [".rst"] = "reStructuredText (needs rst2html)", [".tex"] = "LaTeX (needs pandoc)",
        [".dita"] = "DITA (needs the DITA Open Toolkit)", [".org"] = "Org mode", [".xml"] = "XML (needs xsltproc)",
    };

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

        string? unsupported = UnsupportedFormat(folder, args);
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
            return new Outcome(true, "", actual, errors, exit, passed);
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
        if (step.StartsWith("I lint reStructuredText", StringComparison.Ordinal)) return (null, null, "reStructuredText needs rst2html: not supported");
        if (step.StartsWith("I lint file", StringComparison.Ordinal)) return (null, null, "--ext (lint a file as another format) is not supported");
        if (step.StartsWith("I lint simple", StringComparison.Ordinal)) return (null, null, "--ignore-syntax is not supported");
        if (step.StartsWith("I test glob", StringComparison.Ordinal) || step.StartsWith("I test dir glob", StringComparison.Ordinal)) return (null, null, "--glob is not supported");
        return (null, null, "step not supported: " + step);
    }

    /// <summary>A scenario whose inputs include a format StyleLint does not read (AsciiDoc, rST, LaTeX, DITA, XML, Org, source code).</summary>
    private static string? UnsupportedFormat(string folder, string[] args)
    {
        var inputs = new List<string>();
        foreach (string arg in args.Skip(3))
        {
            if (arg.StartsWith("--", StringComparison.Ordinal)) continue;
            string path = Path.Combine(folder, arg);
            if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.') || p.StartsWith('_'))));
            }
            else if (File.Exists(path)) inputs.Add(path);
        }
        var other = inputs.Select(Path.GetExtension).Where(e => !Supported.Contains(e ?? "") && (e ?? "").Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        if (other.Count == 0) return null;
        return "inputs include " + string.Join(", ", other.Select(e => FormatNames.TryGetValue(e!, out string? n) ? n : e + " (source code / other markup)"));
    }
}

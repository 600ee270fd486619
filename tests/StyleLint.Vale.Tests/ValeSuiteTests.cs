using System.Text;
using StyleLint.Tests;

namespace StyleLint.Vale.Tests;

/// <summary>Every scenario of Vale's feature files (checks, scopes, comments, styles, patterns, lint, config), run through StyleLint.</summary>
[TestClass]
public sealed class ValeSuiteTests
{
    private static readonly string CacheDir = Path.Combine(Path.GetTempPath(), "stylelint-vale-tests-cache");

    public static IEnumerable<object[]> Scenarios()
    {
        string? shared = TestPaths.Shared;
        string features = shared == null ? "" : Path.Combine(shared, "vale-testdata", "features");
        if (!Directory.Exists(features))
        {
            yield return ["(vale-testdata absent)", ""];
            yield break;
        }
        foreach (string feature in ValeSuite.Features)
        {
            foreach (Scenario s in ValeSuite.Parse(Path.Combine(features, feature + ".feature"))) yield return [s.Feature, s.Name];
        }
    }

    public static string DisplayName(System.Reflection.MethodInfo _, object[] data) => $"{data[0]}: {data[1]}";

    [TestMethod]
    [DynamicData(nameof(Scenarios), DynamicDataDisplayName = nameof(DisplayName))]
    public void Scenario_matches_Vale(string feature, string name)
    {
        string testdata = TestPaths.RequireShared("vale-testdata");
        Scenario scenario = ValeSuite.Parse(Path.Combine(testdata, "features", feature + ".feature")).First(s => s.Name == name);
        Outcome outcome = Run(testdata, scenario);
        if (!outcome.Supported) Assert.Inconclusive("Deliberately unsupported: " + outcome.Reason);
        if (KnownGaps.Value.Contains($"{feature}: {name}"))
        {
            // A ratchet: a known gap that now passes must leave the list, so the list only ever shrinks.
            Assert.IsFalse(outcome.Passed, $"'{feature}: {name}' passes now: remove it from KnownGaps.txt");
            Assert.Inconclusive("Known gap, not passed yet (KnownGaps.txt; issue 10)");
        }
        if (scenario.Exactly) Assert.AreEqual(scenario.Expected, outcome.Output, $"{scenario} ({scenario.Step})");
        else StringAssert.Contains(outcome.Output + "\n" + outcome.Error, scenario.Expected, $"{scenario} ({scenario.Step})");
        if (scenario.ExitStatus is int exit) Assert.AreEqual(exit, outcome.Exit, $"{scenario}: exit status");
        Assert.IsTrue(outcome.Passed, $"{scenario}");
    }

    /// <summary>Scenarios that do not pass yet, one "feature: name" a line (KnownGaps.txt beside this file).</summary>
    private static readonly Lazy<HashSet<string>> KnownGaps = new(() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "KnownGaps.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>The pass table of docs/vale.md: written to the test output (and to $STYLELINT_VALE_TABLE when set).</summary>
    [TestMethod]
    public void Pass_rate_table()
    {
        string testdata = TestPaths.RequireShared("vale-testdata");
        var table = new StringBuilder("| feature | scenarios | passed | unsupported | failed (supported) | MD/HTML/text: passed of |\n|---|---:|---:|---:|---:|---:|\n");
        var details = new StringBuilder();
        int totalSupported = 0, totalPassed = 0, totalCore = 0, totalCorePassed = 0;
        foreach (string feature in ValeSuite.Features)
        {
            var scenarios = ValeSuite.Parse(Path.Combine(testdata, "features", feature + ".feature"));
            int passed = 0, unsupported = 0, failed = 0, core = 0, corePassed = 0;
            foreach (Scenario s in scenarios)
            {
                Outcome o = Run(testdata, s);
                if (o.Supported && o.Core) { core++; if (o.Passed) corePassed++; }
                if (!o.Supported) { unsupported++; details.Append($"- {feature}: {s.Name}: unsupported: {o.Reason}\n"); }
                else if (o.Passed) passed++;
                else { failed++; details.Append($"- {feature}: {s.Name}: FAILS\n"); Dump(s, o); }
            }
            totalSupported += passed + failed;
            totalPassed += passed;
            totalCore += core;
            totalCorePassed += corePassed;
            table.Append($"| {feature} | {scenarios.Count} | {passed} | {unsupported} | {failed} | {corePassed} of {core} |\n");
        }
        table.Append($"\nMarkdown/HTML/text scenarios passing: {totalCorePassed}/{totalCore} ({100.0 * totalCorePassed / Math.Max(1, totalCore):F0}%); all supported scenarios passing: {totalPassed}/{totalSupported}\n\n").Append(details);
        Console.WriteLine(table);
        if (Environment.GetEnvironmentVariable("STYLELINT_VALE_TABLE") is { Length: > 0 } path) File.WriteAllText(path, table.ToString());
    }

    /// <summary>For working on a gap: with $STYLELINT_VALE_DUMP set, each failing scenario's expected and actual output go there.</summary>
    private static void Dump(Scenario s, Outcome o)
    {
        if (Environment.GetEnvironmentVariable("STYLELINT_VALE_DUMP") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        string stem = Path.Combine(folder, (s.Feature + "-" + s.Name).Replace(' ', '_').Replace('/', '_'));
        File.WriteAllText(stem + ".expected", s.Expected + "\n" + (s.ExitStatus is int e ? $"exit {e}\n" : ""));
        File.WriteAllText(stem + ".actual", o.Output + "\n" + $"exit {o.Exit}\n" + (o.Error.Length > 0 ? "stderr:\n" + o.Error + "\n" : ""));
    }

    private static Outcome Run(string testdata, Scenario scenario)
    {
        string work = Path.Combine(Path.GetTempPath(), "stylelint-vale-suite");
        Directory.CreateDirectory(Path.Combine(work, "tmp"));
        // tmp/aruba/../../styles and ../../fixtures must reach the suite, as in Vale's own runner.
        foreach (string link in new[] { "styles", "fixtures" })
        {
            string at = Path.Combine(work, link);
            if (!Directory.Exists(at)) Directory.CreateSymbolicLink(at, Path.Combine(testdata, link));
        }
        return ValeSuite.Run(testdata, work, scenario, args =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = StyleLint.Cli.Program.Run([.. args, "--cache-dir", CacheDir], stdout, stderr, () => Stream.Null);
            return (stdout.ToString(), stderr.ToString(), exit);
        });
    }
}

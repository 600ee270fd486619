using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>.stylelint.yml found upward from each file, --config overriding it, minAlertLevel and failLevel.</summary>
[TestClass]
public sealed class ConfigTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Config_in_a_parent_folder_switches_a_rule_off()
    {
        temp.Write(".stylelint.yml", "rules:\n  News.DoubledWord: off\n");
        string story = temp.Write("desk/politics/story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", story);

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.DoesNotContain(Articles.DoubledWord, result.Stdout);
        Assert.Contains(Articles.DoubleSpace, result.Stdout, "other rules still run");
    }

    [TestMethod]
    public void Config_in_a_parent_folder_changes_a_rules_severity()
    {
        temp.Write(".stylelint.yml", "rules:\n  News.DoubledWord: warning\n  News.DoubleSpace: error\n");
        string story = temp.Write("desk/story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", story);

        CliAssert.OneLine(result, $"{story}:3:24: warning {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"{story}:4:19: error {Articles.DoubleSpace}: ");
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void The_nearest_config_wins_over_one_further_up()
    {
        temp.Write(".stylelint.yml", "rules:\n  News.DoubledWord: off\n");
        temp.Write("desk/.stylelint.yml", "rules:\n  News.DoubleSpace: off\n");
        string nested = temp.Write("desk/story.txt", Articles.PlainWithFindings);
        string top = temp.Write("story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", nested, top);

        CliAssert.OneLine(result, $"{nested}:3:24: error {Articles.DoubledWord}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith(nested, StringComparison.Ordinal) && l.Contains(Articles.DoubleSpace, StringComparison.Ordinal)), result.ToString());
        CliAssert.OneLine(result, $"{top}:4:19: warning {Articles.DoubleSpace}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith(top + ":", StringComparison.Ordinal) && l.Contains(Articles.DoubledWord, StringComparison.Ordinal)), result.ToString());
    }

    [TestMethod]
    public void Explicit_config_replaces_the_one_found_upward()
    {
        temp.Write(".stylelint.yml", "rules:\n  News.DoubledWord: off\n");
        string house = temp.Write("house/style.yml", "rules:\n  News.DoubleSpace: off\n");
        string story = temp.Write("desk/story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", story, "--config", house);

        CliAssert.OneLine(result, $"{story}:3:24: error {Articles.DoubledWord}: ");
        Assert.DoesNotContain(Articles.DoubleSpace, result.Stdout);
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Short_config_flag_works_too()
    {
        string house = temp.Write("house.yml", "rules:\n  News.DoubledWord: off\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly), "-c", house);

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Style_glob_in_config_switches_the_whole_pack_off()
    {
        temp.Write(".stylelint.yml", "rules:\n  News.*: off\n");

        CliResult result = InProcess.Run("check", temp.Write("story.md", Articles.Markdown));

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void Min_alert_level_hides_findings_below_it()
    {
        temp.Write("shown/.stylelint.yml", "rules:\n  News.DoubleSpace: suggestion\n");
        temp.Write("hidden/.stylelint.yml", "minAlertLevel: warning\nrules:\n  News.DoubleSpace: suggestion\n");
        string shown = temp.Write("shown/story.txt", Articles.PlainWithFindings);
        string hidden = temp.Write("hidden/story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", shown, hidden);

        CliAssert.OneLine(result, $"{shown}:4:19: suggestion {Articles.DoubleSpace}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith(hidden, StringComparison.Ordinal) && l.Contains(Articles.DoubleSpace, StringComparison.Ordinal)), result.ToString());
        CliAssert.OneLine(result, $"{hidden}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Min_alert_level_error_hides_warnings_and_an_error_still_fails()
    {
        temp.Write(".stylelint.yml", "minAlertLevel: error\n");
        string story = temp.Write("story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", story);

        Assert.HasCount(1, result.FindingLines, result.ToString());
        CliAssert.OneLine(result, $"{story}:3:24: error {Articles.DoubledWord}: ");
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode);
    }

    [TestMethod]
    public void Fail_level_in_config_makes_a_warning_fail()
    {
        temp.Write(".stylelint.yml", "failLevel: warning\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.WarningOnly));

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Fail_level_flag_overrides_the_config()
    {
        temp.Write(".stylelint.yml", "failLevel: warning\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.WarningOnly), "--fail-level", "error");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Empty_config_file_means_the_defaults()
    {
        temp.Write(".stylelint.yml", "");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.PlainWithFindings));

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        Assert.HasCount(2, result.FindingLines, result.ToString());
    }

    [TestMethod]
    public void Yaml_extension_spelled_out_is_found_too()
    {
        temp.Write(".stylelint.yaml", "rules:\n  News.DoubledWord: off\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly));

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Standard_input_named_into_an_overridden_path_fails_at_that_paths_level()
    {
        temp.Write(".stylelint.yml", "overrides:\n  - files: \"drafts/**\"\n    failLevel: warning\n");
        string name = temp.PathOf("drafts/story.txt");

        CliResult draft = InProcess.RunWithStdin(Articles.WarningOnly, "check", "-", "--stdin-filename", name);
        CliResult published = InProcess.RunWithStdin(Articles.WarningOnly, "check", "-", "--stdin-filename", temp.PathOf("published/story.txt"));

        Assert.AreEqual(ExitCodes.Findings, draft.ExitCode, "the drafts/** override's failLevel applies to the exit code: " + draft);
        Assert.AreEqual(ExitCodes.Clean, published.ExitCode, published.ToString());
    }
}

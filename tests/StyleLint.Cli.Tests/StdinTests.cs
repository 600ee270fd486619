using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>`stylelint check -`, with and without --stdin-filename.</summary>
[TestClass]
public sealed class StdinTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Dash_reads_standard_input_as_plain_text_named_dash()
    {
        CliResult result = InProcess.RunWithStdin(Articles.PlainWithFindings, "check", "-");

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        CliAssert.OneLine(result, $"-:3:24: error {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"-:4:19: warning {Articles.DoubleSpace}: ");
    }

    [TestMethod]
    public void Plain_text_stdin_lints_what_markdown_would_treat_as_code()
    {
        CliResult result = InProcess.RunWithStdin(Articles.Markdown, "check", "-");

        Assert.IsTrue(result.FindingLines.Any(l => l.StartsWith("-:10:1: error " + Articles.DoubledWord, StringComparison.Ordinal)), result.ToString());
    }

    [TestMethod]
    public void Stdin_filename_names_the_findings_and_picks_markdown()
    {
        CliResult result = InProcess.RunWithStdin(Articles.Markdown, "check", "-", "--stdin-filename", "story.md");

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        CliAssert.OneLine(result, $"story.md:3:24: error {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"story.md:5:1: error {Articles.NewsletterSignUp}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith("story.md:10:", StringComparison.Ordinal)), "the code block is skipped as Markdown\n" + result);
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith("-:", StringComparison.Ordinal)), result.ToString());
    }

    [TestMethod]
    public void Stdin_filename_is_used_in_json()
    {
        CliResult result = InProcess.RunWithStdin(Articles.ErrorOnly, "check", "-", "--stdin-filename", "desk/story.txt", "--format", "json");

        Assert.Contains("\"file\": \"desk/story.txt\"", result.Stdout, result.ToString());
    }

    [TestMethod]
    public void Stdin_with_a_file_lints_both()
    {
        string story = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.RunWithStdin(Articles.WarningOnly, "check", story, "-");

        CliAssert.OneLine(result, $"{story}:3:24: error {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"-:3:19: warning {Articles.DoubleSpace}: ");
    }

    [TestMethod]
    public void Empty_stdin_is_clean()
    {
        CliResult result = InProcess.RunWithStdin("", "check", "-");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Binary_stdin_exits_2_without_a_stack_trace()
    {
        CliResult result = InProcess.RunWithStdinBytes([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "check", "-", "--stdin-filename", "story.txt");

        CliAssert.UsageError(result, "story.txt");
        Assert.Contains("binary", result.Stderr);
    }

    [TestMethod]
    public void Stdin_filename_finds_the_config_beside_that_file()
    {
        // An editor pipes the buffer and names the file it came from: the file's own .stylelint.yml applies.
        temp.Write("desk/.stylelint.yml", "rules:\n  News.DoubledWord: off\n");
        string name = temp.PathOf("desk/story.txt");

        CliResult result = InProcess.RunWithStdin(Articles.ErrorOnly, "check", "-", "--stdin-filename", name);

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void Explicit_config_applies_to_stdin()
    {
        string house = temp.Write("house.yml", "rules:\n  News.DoubledWord: off\n");

        CliResult result = InProcess.RunWithStdin(Articles.ErrorOnly, "check", "-", "--config", house);

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }
}

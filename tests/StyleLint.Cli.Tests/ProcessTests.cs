using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>A few runs of the real executable: the exit codes a CMS hook or CI sees.</summary>
[TestClass]
public sealed class ProcessTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Process_exits_0_on_a_clean_article()
    {
        CliResult result = BuiltCli.Run(null, "check", temp.Write("story.txt", Articles.Clean));

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void Process_exits_1_on_findings_and_prints_them()
    {
        string story = temp.Write("story.md", Articles.Markdown);

        CliResult result = BuiltCli.Run(null, "check", story);

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        CliAssert.OneLine(result, $"{story}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Process_exits_2_on_a_usage_error_without_a_stack_trace()
    {
        CliResult result = BuiltCli.Run(null, "check", temp.Write("story.txt", Articles.Clean), "--bogus");

        CliAssert.UsageError(result, "--bogus");
        Assert.AreEqual(2, result.ExitCode);
    }

    [TestMethod]
    public void Process_exits_2_on_a_binary_file_without_a_stack_trace()
    {
        CliResult result = BuiltCli.Run(null, "check", temp.WriteBytes("story.txt", [0x00, 0x01, 0x02, 0x03]));

        CliAssert.UsageError(result, "binary");
    }

    [TestMethod]
    public void Process_reads_standard_input()
    {
        CliResult result = BuiltCli.Run(Articles.Markdown, "check", "-", "--stdin-filename", "story.md", "--format", "json");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("\"file\": \"story.md\"", result.Stdout);
    }
}

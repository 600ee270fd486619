using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>Inline stylelint-disable comments, through the CLI.</summary>
[TestClass]
public sealed class SuppressionTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Disable_and_enable_in_markdown_switch_one_rule_off_between_them()
    {
        string story = temp.Write("story.md",
            "# Harbour works delayed again\n" +
            "\n" +
            "<!-- stylelint-disable News.DoubledWord -->\n" +
            "\n" +
            "The harbour board said the the new pier would open.\n" +
            "\n" +
            "Work stopped twice  last year because of storms.\n" +
            "\n" +
            "<!-- stylelint-enable -->\n" +
            "\n" +
            "Divers said they they had found the old anchor.\n");

        CliResult result = InProcess.Run("check", story);

        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith(story + ":5:", StringComparison.Ordinal)), "the disabled rule is quiet\n" + result);
        CliAssert.OneLine(result, $"{story}:7:19: warning {Articles.DoubleSpace}: ");
        CliAssert.OneLine(result, $"{story}:11:13: error {Articles.DoubledWord}: ");
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode);
    }

    [TestMethod]
    public void Disable_next_line_in_plain_text_quiets_only_the_next_line()
    {
        string story = temp.Write("story.txt",
            "Harbour works delayed again\n" +
            "\n" +
            "<!-- stylelint-disable-next-line News.DoubledWord -->\n" +
            "The harbour board said the the new pier would open.\n" +
            "Divers said they they had found the old anchor.\n");

        CliResult result = InProcess.Run("check", story);

        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith(story + ":4:", StringComparison.Ordinal)), result.ToString());
        CliAssert.OneLine(result, $"{story}:5:13: error {Articles.DoubledWord}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith(story + ":3:", StringComparison.Ordinal)), "the directive itself is not prose\n" + result);
    }

    [TestMethod]
    public void Disable_without_ids_quiets_every_rule_until_the_end()
    {
        string story = temp.Write("story.md",
            "# Harbour works delayed again\n" +
            "\n" +
            "<!-- stylelint-disable -->\n" +
            "\n" +
            Articles.Markdown);

        CliResult result = InProcess.Run("check", story);

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.AreEqual("", result.Stdout);
    }
}

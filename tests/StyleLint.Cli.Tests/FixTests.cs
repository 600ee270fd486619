using System.Text;
using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>`check --fix` and `--fix --dry-run`: exactly the single-suggestion fixes, atomically, nothing else.</summary>
[TestClass]
public sealed class FixTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Fix_turns_seed_002_into_corrected_text_and_changes_nothing_else()
    {
        string seed = Directory.GetFiles(TestPaths.RequireShared("seeds"), "002_*.txt").Single();
        string original = File.ReadAllText(seed);
        string copy = temp.Write("seed002.txt", original);

        CliResult result = InProcess.Run("check", copy, "--fix", "--consistency", "file");

        // The run-together words, the one -ize form in an -ise article, the month without its full stop and the
        // opening quote mark used to close a quote: every finding with one clear fix, and only those.
        (string Wrong, string Right)[] fixes =
        [
            ("Trump’sadministration", "Trump’s administration"), ("attendinga", "attending a"), ("weekon", "week on"),
            ("inNew Yorkthat", "in New York that"), ("stateremained", "state remained"), ("toThis", "to This"),
            ("inplacing", "in placing"), ("ministersto", "ministers to"), ("recognizing", "recognising"),
            ("Oct 7", "Oct. 7"), ("stupid type.“", "stupid type.”"),
        ];
        string expected = original;
        foreach ((string wrong, string right) in fixes)
        {
            Assert.AreEqual(1, CountOf(expected, wrong), $"'{wrong}' occurs once in the seed");
            expected = expected.Replace(wrong, right, StringComparison.Ordinal);
        }
        Assert.AreEqual(expected, File.ReadAllText(copy));
        StringAssert.Contains(result.Stderr, $"fixed {fixes.Length} findings in 1 file");
        Assert.DoesNotContain("News.RunTogether", result.Stdout, "what was fixed is no longer reported");
    }

    [TestMethod]
    public void Dry_run_prints_a_unified_diff_and_leaves_the_file_alone()
    {
        string story = temp.Write("story.txt", "Budget\n\nThe minister said the the plan was sound.\nIt costs £4 500 a year.\n");
        byte[] before = File.ReadAllBytes(story);

        CliResult result = InProcess.Run("check", story, "--fix", "--dry-run");

        CollectionAssert.AreEqual(before, File.ReadAllBytes(story), "a dry run writes nothing");
        StringAssert.Contains(result.Stdout, "-The minister said the the plan was sound.\n-It costs £4 500 a year.\n");
        StringAssert.Contains(result.Stdout, "+The minister said the plan was sound.\n+It costs £4,500 a year.\n");
        StringAssert.Contains(result.Stdout, "@@ -1,4 +1,4 @@");
        StringAssert.Contains(result.Stderr, "would fix 2 findings in 1 file");
    }

    [TestMethod]
    public void Fix_keeps_the_byte_order_mark_and_crlf_line_ends()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        string story = temp.WriteBytes("story.txt", [.. bom, .. Encoding.UTF8.GetBytes("Budget\r\n\r\nThe minister said the the plan was sound.\r\nNothing else.\r\n")]);

        InProcess.Run("check", story, "--fix");

        byte[] after = File.ReadAllBytes(story);
        CollectionAssert.AreEqual(bom, after[..3], "the BOM is kept");
        Assert.AreEqual("Budget\r\n\r\nThe minister said the plan was sound.\r\nNothing else.\r\n", Encoding.UTF8.GetString(after[3..]));
        Assert.IsEmpty(Directory.GetFiles(temp.Root, "*stylelint-tmp*"), "no temporary file is left behind");
    }

    [TestMethod]
    public void Fix_leaves_findings_with_no_single_suggestion_and_reports_them()
    {
        string story = temp.Write("story.txt", "Budget\n\nSign up to our Morning Briefing\nThe the plan was sound.\n");

        CliResult result = InProcess.Run("check", story, "--fix");

        Assert.AreEqual("Budget\n\nSign up to our Morning Briefing\nThe plan was sound.\n", File.ReadAllText(story));
        CliAssert.OneLine(result, $"{story}:3:1: error News.NewsletterSignUp: ");
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, "what is left still fails the run");
    }

    [TestMethod]
    public void Fix_on_standard_input_writes_the_fixed_text_to_stdout()
    {
        CliResult result = InProcess.RunWithStdin("Budget\n\nThe minister said the the plan was sound.\n", "check", "-", "--fix");

        Assert.AreEqual("Budget\n\nThe minister said the plan was sound.\n", result.Stdout);
    }

    [TestMethod]
    public void Dry_run_without_fix_is_a_usage_error()
    {
        string story = temp.Write("story.txt", "Budget\n\nFine.\n");

        CliAssert.UsageError(InProcess.Run("check", story, "--dry-run"), "--dry-run goes with --fix");
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

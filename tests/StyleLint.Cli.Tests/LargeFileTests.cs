using System.Diagnostics;
using System.Text;
using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>A 50 MB article: linted, or refused with a clear message; never a crash or a stack trace.</summary>
[TestClass]
public sealed class LargeFileTests
{
    private const string Paragraph =
        "The harbour board met on Tuesday and agreed a timetable for the ferry, which will run every hour from May until the end of September.\n\n" +
        "Residents said the ferry had been late on most mornings since the storms in February, and the board promised to publish figures each week.\n\n";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Slow")]
    public void Fifty_megabyte_article_is_linted_or_refused_cleanly()
    {
        using var temp = new TempFolder();
        string path = temp.PathOf("huge.txt");
        int lines = WriteHugeArticle(path, 50L * 1024 * 1024);

        var clock = Stopwatch.StartNew();
        CliResult result = InProcess.Run("check", path);
        clock.Stop();
        TestContext.WriteLine($"50 MB in-process: exit {result.ExitCode}, {clock.Elapsed.TotalSeconds:F1} s, peak working set {Environment.WorkingSet / (1024 * 1024)} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB peak");

        CliAssert.NoStackTrace(result);
        if (result.ExitCode == ExitCodes.Error)
        {
            Assert.Contains(path, result.Stderr, "a refusal names the file\n" + result.Stderr);
            Assert.Contains("MB", result.Stderr, "a refusal says the size is the problem\n" + result.Stderr);
            return;
        }
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.Stderr);
        Assert.HasCount(1, result.FindingLines, "only the last paragraph has a slip");
        Assert.StartsWith($"{path}:{lines}:24: error {Articles.DoubledWord}: ", result.FindingLines[0]);
    }

    [TestMethod]
    [TestCategory("Slow")]
    public void A_file_over_the_segment_threshold_reports_the_slip_at_its_line_and_is_fixed_whole()
    {
        using var temp = new TempFolder();
        string path = temp.PathOf("big.txt");
        int lines = WriteHugeArticle(path, 6L * 1024 * 1024);

        // Linted in segments: the slip is in the last one, and its line is the file's.
        CliResult before = InProcess.Run("check", path);
        Assert.AreEqual(ExitCodes.Findings, before.ExitCode, before.Stderr);
        Assert.HasCount(1, before.FindingLines);
        Assert.StartsWith($"{path}:{lines}:24: error {Articles.DoubledWord}: ", before.FindingLines[0]);

        // --fix reads the file whole and rewrites it atomically: nothing else changes.
        long length = new FileInfo(path).Length;
        CliResult fix = InProcess.Run("check", "--fix", path);
        Assert.AreEqual(ExitCodes.Clean, fix.ExitCode, fix.Stderr);
        Assert.AreEqual(length - "the ".Length, new FileInfo(path).Length);
        Assert.EndsWith("The harbour board said the new pier would open in spring.\n", File.ReadAllText(path));
        Assert.AreEqual(ExitCodes.Clean, InProcess.Run("check", path).ExitCode);
    }

    /// <summary>Writes a headline, clean paragraphs up to <paramref name="bytes"/>, then one slip; returns the slip's line.</summary>
    private static int WriteHugeArticle(string path, long bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        writer.Write("Harbour works delayed again\n\n");
        long written = 29;
        int line = 3;
        while (written < bytes)
        {
            writer.Write(Paragraph);
            written += Paragraph.Length;
            line += 4;
        }
        writer.Write("The harbour board said the the new pier would open in spring.\n");
        return line;
    }
}

using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>`--format line` outside a Vale project: StyleLint's own findings, one sorted line each.</summary>
[TestClass]
public sealed class LineFormatTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Line_format_prints_path_line_column_rule_and_message_sorted()
    {
        string b = temp.Write("b.txt", Articles.PlainWithFindings);
        string a = temp.Write("a.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", b, a, "--format", "line");

        string[] lines = result.StdoutLines;
        Assert.IsNotEmpty(lines);
        CollectionAssert.AreEqual(lines.OrderBy(l => l.Split(':')[0], StringComparer.Ordinal).ToArray(), lines, "sorted by file first");
        string relativeA = Path.GetRelativePath(Directory.GetCurrentDirectory(), a);   // paths relative to the current folder, as Vale's --relative
        Assert.IsTrue(lines.Any(l => l.StartsWith($"{relativeA}:3:24:{Articles.DoubledWord}:", StringComparison.Ordinal)), result.ToString());
        Assert.IsTrue(lines.All(l => l.Split(':').Length >= 5), "path:line:col:Rule.Id:message");
    }
}

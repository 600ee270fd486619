using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>Folders, globs and the order of the output.</summary>
[TestClass]
public sealed class InputExpansionTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Folder_expansion_takes_articles_and_skips_hidden_folders_and_other_files()
    {
        string root = temp.Folder("desk");
        foreach (string file in new[]
        {
            "desk/a.md", "desk/c.html", "desk/d.markdown", "desk/sub/b.txt", "desk/sub/e.htm", "desk/f.text",
            "desk/notes.docx", "desk/photo.jpg", "desk/data.json", "desk/README",
            "desk/.git/x.md", "desk/.drafts/y.txt", "desk/sub/.cache/z.md", "desk/.hidden.md",
        })
        {
            temp.Write(file, Articles.Clean);
        }

        (List<LintInput> inputs, List<string> errors) = InputExpander.Expand([root]);

        Assert.IsEmpty(errors);
        string[] expected = ["a.md", "c.html", "d.markdown", "f.text", "sub/b.txt", "sub/e.htm"];
        CollectionAssert.AreEqual(
            expected.Select(f => Path.Combine(root, f.Replace('/', Path.DirectorySeparatorChar))).ToArray(),
            inputs.Select(i => i.Path).ToArray());
    }

    [TestMethod]
    public void Folder_check_reports_only_the_articles_outside_hidden_folders()
    {
        string root = temp.Folder("desk");
        string a = temp.Write("desk/a.md", Articles.Markdown);
        string b = temp.Write("desk/sub/b.txt", Articles.ErrorOnly);
        temp.Write("desk/.drafts/c.txt", Articles.ErrorOnly);
        temp.Write("desk/notes.docx", Articles.ErrorOnly);
        temp.WriteBytes("desk/photo.jpg", [0xFF, 0xD8, 0x00, 0x00]);

        CliResult result = InProcess.Run("check", root);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        string[] files = result.FindingLines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToArray();
        CollectionAssert.AreEqual(new[] { a, b }, files, result.ToString());
        Assert.Contains("in 2 files", result.Stderr);
    }

    [TestMethod]
    public void A_file_given_twice_is_linted_once()
    {
        string story = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", story, story, temp.Root);

        Assert.HasCount(1, result.FindingLines, result.ToString());
    }

    [TestMethod]
    public void Recursive_glob_takes_only_matching_files()
    {
        string top = temp.Write("desk/top.md", Articles.ErrorOnly);
        string deep = temp.Write("desk/politics/europe/deep.md", Articles.ErrorOnly);
        temp.Write("desk/politics/other.txt", Articles.ErrorOnly);
        temp.Write("elsewhere/outside.md", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", temp.PathOf("desk") + "/**/*.md");

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        string[] files = result.FindingLines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToArray();
        CollectionAssert.AreEquivalent(new[] { deep, top }, files, result.ToString());
        CollectionAssert.AreEqual(files.OrderBy(f => f, StringComparer.Ordinal).ToArray(), files, "sorted by path");
    }

    [TestMethod]
    public void Recursive_glob_skips_hidden_folders_like_folder_expansion_does()
    {
        string top = temp.Write("desk/top.md", Articles.ErrorOnly);
        temp.Write("desk/.drafts/draft.md", Articles.ErrorOnly);
        temp.Write("desk/politics/.cache/cached.md", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", temp.PathOf("desk") + "/**/*.md");

        Assert.HasCount(1, result.FindingLines, result.ToString());
        Assert.StartsWith(top + ":", result.FindingLines[0]);
    }

    [TestMethod]
    public void Glob_that_names_a_hidden_folder_takes_it()
    {
        string draft = temp.Write("desk/.drafts/draft.md", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", temp.PathOf("desk") + "/.drafts/*.md");

        Assert.HasCount(1, result.FindingLines, result.ToString());
        Assert.StartsWith(draft + ":", result.FindingLines[0]);
    }

    [TestMethod]
    public void Folder_and_glob_expansion_do_not_follow_a_symlink_loop()
    {
        string root = temp.Folder("desk");
        string story = temp.Write("desk/sub/story.txt", Articles.ErrorOnly);
        Directory.CreateSymbolicLink(temp.PathOf("desk/sub/up"), root);
        Directory.CreateSymbolicLink(temp.PathOf("desk/sub/again"), temp.PathOf("desk/sub"));

        CliResult folder = WithinSeconds(30, () => InProcess.Run("check", root));
        CliResult glob = WithinSeconds(30, () => InProcess.Run("check", root + "/**/*.txt"));

        foreach (CliResult result in new[] { folder, glob })
        {
            Assert.HasCount(1, result.FindingLines, result.ToString());
            Assert.StartsWith(story + ":3:24:", result.FindingLines[0]);
        }
    }

    [TestMethod]
    public void A_symlinked_folder_is_not_linted_twice_under_a_second_name()
    {
        string root = temp.Folder("desk");
        string story = temp.Write("desk/real/story.txt", Articles.ErrorOnly);
        Directory.CreateSymbolicLink(temp.PathOf("desk/alias"), temp.PathOf("desk/real"));

        CliResult result = InProcess.Run("check", root);

        Assert.HasCount(1, result.FindingLines, result.ToString());
        Assert.StartsWith(story + ":", result.FindingLines[0]);
    }

    [TestMethod]
    public void Single_star_glob_stays_in_its_folder()
    {
        string top = temp.Write("desk/top.md", Articles.ErrorOnly);
        temp.Write("desk/politics/deep.md", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", temp.PathOf("desk") + "/*.md");

        Assert.HasCount(1, result.FindingLines, result.ToString());
        Assert.StartsWith(top + ":", result.FindingLines[0]);
    }

    [TestMethod]
    public void Output_order_is_sorted_by_path_then_position_and_identical_run_after_run()
    {
        // Twenty files whose findings sit at different places, so a race would show as a different order.
        string root = temp.Folder("desk");
        for (int i = 0; i < 20; i++)
        {
            string padding = new('\n', i % 7);
            string story = $"Harbour story {i}\n\n{padding}The harbour board said the the pier would open.\nWork stopped twice  last year.\n" +
                (i % 3 == 0 ? "\nThey said it it would open soon.\n" : "");
            temp.Write($"desk/story{i}.txt", story);
        }

        string? first = null;
        for (int run = 0; run < 5; run++)
        {
            CliResult result = InProcess.Run("check", root, "--format", "json");
            Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
            first ??= result.Stdout;
            Assert.AreEqual(first, result.Stdout, $"run {run} printed a different order");
        }

        CliResult text = InProcess.Run("check", root);
        var keys = text.FindingLines.Select(l => l.Split(':')).Select(p => (File: p[0], Line: int.Parse(p[1]), Column: int.Parse(p[2]))).ToArray();
        Assert.AreEqual(20, keys.Select(k => k.File).Distinct().Count(), text.ToString());
        var sorted = keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column).ToArray();
        CollectionAssert.AreEqual(sorted, keys, "sorted by path, then line and column");
    }

    private static CliResult WithinSeconds(int seconds, Func<CliResult> run)
    {
        Task<CliResult> task = Task.Run(run);
        if (!task.Wait(TimeSpan.FromSeconds(seconds))) Assert.Fail($"stylelint did not finish in {seconds} s (a loop?)");
        return task.Result;
    }
}

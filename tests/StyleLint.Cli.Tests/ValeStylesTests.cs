using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>
/// valeStyles in .stylelint.yml: Vale style folders whose rules run in the same StyleLint run as the built-in
/// pack and house rules, with StyleLint's output, severities from the config, and markup handled by StyleLint's adapters.
/// </summary>
[TestClass]
public sealed class ValeStylesTests
{
    private const string Utilize = """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: error
        ignorecase: true
        swap:
          utilize: use
        """;

    private const string Hedge = """
        extends: existence
        message: "Avoid the hedge '%s'."
        level: warning
        tokens:
          - arguably
        """;

    private TempFolder temp = null!;
    private string cache = "";

    [TestInitialize]
    public void Setup()
    {
        temp = new TempFolder();
        cache = temp.PathOf("cache");
        temp.Write("desk/styles/Desk/Utilize.yml", Utilize);
        temp.Write("desk/styles/Desk/Hedge.yml", Hedge);
    }

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    private CliResult Check(params string[] args) => InProcess.Run(["check", .. args, "--cache-dir", cache]);

    [TestMethod]
    public void Vale_rules_run_beside_the_built_in_pack_with_their_own_messages_and_config_severities()
    {
        temp.Write("desk/.stylelint.yml", "valeStyles: [styles/Desk]\nrules:\n  Desk.Hedge: suggestion\n");
        string story = temp.Write("desk/story.txt", "Council plan\n\nThe council will utilize the the new budget, arguably.\n");

        CliResult result = Check(story);

        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(new[]
        {
            $"{story}:3:18: error Desk.Utilize: Use 'use' instead of 'utilize'.",
            $"{story}:3:26: error News.DoubledWord: 'the the': the word is repeated.",
            $"{story}:3:46: suggestion Desk.Hedge: Avoid the hedge 'arguably'.",
        }, lines, result.ToString());
        Assert.AreEqual(ExitCodes.Findings, result.ExitCode);
    }

    [TestMethod]
    public void Vale_rules_see_prose_only_so_code_in_markdown_is_not_flagged()
    {
        temp.Write("desk/.stylelint.yml", "valeStyles: [styles/Desk]\n");
        string story = temp.Write("desk/story.md", "# Budget\n\nRun `utilize --all` first.\n\nWe will utilize it.\n");

        CliResult result = Check(story, "--format", "json");

        StringAssert.Contains(result.Stdout, "\"line\": 5");
        StringAssert.Contains(result.Stdout, "\"column\": 9");
        Assert.AreEqual(1, result.Stdout.Split("Desk.Utilize").Length - 1, result.ToString());
    }

    [TestMethod]
    public void A_vale_spelling_rule_checks_the_prose_against_its_word_list_and_the_default_dictionary()
    {
        temp.Write("desk/styles/Desk/Spelling.yml", "extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: warning\nignore: Desk/names.txt\n");
        temp.Write("desk/styles/Desk/names.txt", "Ofgem\n");
        temp.Write("desk/.stylelint.yml", "valeStyles: [styles/Desk]\n");
        string story = temp.Write("desk/story.md", "# Energy\n\nOfgem said the cap wuold rise. Run `kubectl` first.\n");

        CliResult result = Check(story);

        string[] spelling = result.Stdout.Split('\n').Where(l => l.Contains("Desk.Spelling", StringComparison.Ordinal)).ToArray();
        CollectionAssert.AreEqual(new[] { $"{story}:3:20: warning Desk.Spelling: Did you really mean 'wuold'?" }, spelling, result.ToString());
    }

    [TestMethod]
    public void A_missing_vale_style_folder_is_a_config_error_at_its_line()
    {
        string config = temp.Write("desk/.stylelint.yml", "rules:\n  News: on\nvaleStyles: [styles/Nope]\n");
        string story = temp.Write("desk/story.txt", "Council plan\n\nA quiet day.\n");

        CliResult result = Check(story);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode);
        StringAssert.Contains(result.Stderr, "3:");
        StringAssert.Contains(result.Stderr, "Vale style folder 'styles/Nope' not found");
        CliAssert.NoStackTrace(result);
        Assert.IsTrue(File.Exists(config));
    }
}

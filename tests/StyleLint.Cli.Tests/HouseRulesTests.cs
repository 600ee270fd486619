using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>
/// House rules added by configuration: compiled by the generator at run time, cached on disk, validated before
/// anything is linted; and the config language around them (extends, overrides, allow).
/// </summary>
[TestClass]
public sealed class HouseRulesTests
{
    private const string HealthcareRule = """
        id: House.Healthcare
        message: "House style is '{suggestion}', not '{match}'."
        description: Our paper writes health care as two words.
        severity: error
        kind: substitution
        ignorecase: true
        swap:
          healthcare: health care
        examples:
          bad:
            - text: "Spending on healthcare rose."
              fix: "Spending on health care rose."
          good:
            - "Spending on health care rose."
        """;

    private const string Story = "Budget day\n\nSpending on healthcare rose by a fifth this year.\n";

    private TempFolder temp = null!;
    private string cache = "";

    [TestInitialize]
    public void Setup()
    {
        temp = new TempFolder();
        cache = temp.PathOf("cache");
    }

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    private CliResult Check(params string[] args) => InProcess.Run(["check", .. args, "--cache-dir", cache]);

    [TestMethod]
    public void House_rules_from_config_report_on_the_first_run_and_the_second_run_does_not_compile()
    {
        temp.Write("house/Healthcare.yml", HealthcareRule);
        temp.Write(".stylelint.yml", "rulePaths: [house]\n");
        string story = temp.Write("desk/story.txt", Story);

        CliResult first = Check(story, "--verbose");
        CliResult second = Check(story, "--verbose");

        CliAssert.OneLine(first, $"{story}:3:13: error House.Healthcare: House style is ");
        StringAssert.Contains(first.Stdout, "House style is 'health care', not 'healthcare'.");
        StringAssert.Contains(first.Stderr, "compiled in");
        CliAssert.OneLine(second, $"{story}:3:13: error House.Healthcare: ");
        StringAssert.Contains(second.Stderr, "loaded from the cache");
        Assert.DoesNotContain("compiled in", second.Stderr, "the second run must not compile");
        Assert.AreEqual(ExitCodes.Findings, second.ExitCode);
    }

    [TestMethod]
    public void Extends_brings_in_a_base_configs_house_rules_and_the_child_config_wins()
    {
        temp.Write("newsroom/house/Healthcare.yml", HealthcareRule);
        temp.Write("newsroom/base.yml", "rulePaths: [house]\nrules:\n  News.DoubledWord: off\n");
        temp.Write("desk/.stylelint.yml", "extends: ../newsroom/base.yml\nrules:\n  House.Healthcare: warning\n");
        string story = temp.Write("desk/story.txt", "Budget\n\nSpending on healthcare rose and the the deficit grew.\n");

        CliResult result = Check(story);

        CliAssert.OneLine(result, $"{story}:3:13: warning House.Healthcare: ");
        Assert.DoesNotContain("News.DoubledWord", result.Stdout, "the base switches DoubledWord off");
        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void A_missing_extended_config_is_an_error_at_its_line()
    {
        string config = temp.Write(".stylelint.yml", "minAlertLevel: warning\nextends: ../nowhere.yml\n");
        string story = temp.Write("story.txt", Story);

        CliResult result = Check(story);

        CliAssert.UsageError(result, $"{config}:2:10: extended config '../nowhere.yml' not found");
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void A_house_rule_that_reuses_a_built_in_id_stops_the_run_with_file_line_and_column()
    {
        temp.Write("house/DoubledWord.yml", HealthcareRule.Replace("House.Healthcare", "News.DoubledWord"));
        temp.Write(".stylelint.yml", "rulePaths: [house]\n");
        string story = temp.Write("story.txt", Story);

        CliResult result = Check(story);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, Path.Combine(temp.Root, "house", "DoubledWord.yml") + ":1:5: error SL0013: Rule id 'News.DoubledWord' is a built-in rule");
        Assert.AreEqual("", result.Stdout, "nothing is linted half-configured");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void A_house_rule_with_a_bad_regex_stops_the_run_with_file_line_and_column()
    {
        temp.Write("house/Broken.yml", "id: House.Broken\nmessage: x\nseverity: error\nkind: pattern\npattern: 'a(b'\nexamples: { bad: [ab], good: [c] }\n");
        temp.Write(".stylelint.yml", "rulePaths: [house]\n");
        string story = temp.Write("story.txt", Story);

        CliResult result = Check(story);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "Broken.yml:5:10: error SL0006: Invalid regular expression");
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void A_missing_rule_path_is_an_error_at_its_line_in_the_config()
    {
        string config = temp.Write(".stylelint.yml", "rulePaths:\n  - house\n");
        string story = temp.Write("story.txt", Story);

        CliResult result = Check(story);

        CliAssert.UsageError(result, $"{config}:2:5: rule path 'house' not found");
    }

    [TestMethod]
    public void Overrides_change_rules_for_matching_paths_only()
    {
        temp.Write(".stylelint.yml", "overrides:\n  - files: \"drafts/**\"\n    rules:\n      News.DoubledWord: off\n");
        string draft = temp.Write("drafts/monday/story.txt", Articles.PlainWithFindings);
        string published = temp.Write("published/story.txt", Articles.PlainWithFindings);

        CliResult result = Check(draft, published);

        Assert.DoesNotContain($"{draft}:3:24: error {Articles.DoubledWord}", result.Stdout);
        CliAssert.OneLine(result, $"{published}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Allowed_words_are_never_flagged()
    {
        temp.Write(".stylelint.yml", "allow: [amidst]\n");
        string story = temp.Write("story.txt", "Talks\n\nTalks resumed amidst protests.\n");

        CliResult result = Check(story);

        Assert.DoesNotContain("News.Amidst", result.Stdout);
        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void An_unknown_rule_id_in_an_override_is_an_error()
    {
        string config = temp.Write(".stylelint.yml", "overrides:\n  - files: \"*.txt\"\n    rules:\n      News.DoubleWord: off\n");
        string story = temp.Write("story.txt", Story);

        CliResult result = Check(story);

        CliAssert.UsageError(result, $"{config}:4:7: unknown rule or style 'News.DoubleWord'");
    }
}

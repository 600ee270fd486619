using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>`stylelint rules validate`, `rules test` and `rules new`: the newsroom developer's loop.</summary>
[TestClass]
public sealed class RuleToolsTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    public static IEnumerable<object[]> Kinds() => RuleTools.RuleScaffold.Kinds.Select(k => new object[] { k });

    [TestMethod]
    [DynamicData(nameof(Kinds))]
    public void A_new_rule_of_every_kind_passes_its_own_tests(string kind)
    {
        string folder = temp.PathOf("house");

        CliResult created = InProcess.Run("rules", "new", "House.Starter", "--kind", kind, "--output", folder);
        CliResult tested = InProcess.Run("rules", "test", folder);
        CliResult validated = InProcess.Run("rules", "validate", folder);

        Assert.AreEqual(ExitCodes.Clean, created.ExitCode, created.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(folder, "Starter.yml")));
        Assert.AreEqual(ExitCodes.Clean, tested.ExitCode, tested.ToString());
        StringAssert.Contains(tested.Stdout, "ok   House.Starter");
        Assert.AreEqual(ExitCodes.Clean, validated.ExitCode, validated.ToString());
    }

    [TestMethod]
    public void New_never_overwrites_an_existing_rule()
    {
        string folder = temp.PathOf("house");
        InProcess.Run("rules", "new", "House.Starter", "--kind", "existence", "--output", folder);
        File.AppendAllText(Path.Combine(folder, "Starter.yml"), "# edited\n");

        CliResult again = InProcess.Run("rules", "new", "House.Starter", "--kind", "pattern", "--output", folder);

        CliAssert.UsageError(again, "already exists");
        StringAssert.EndsWith(File.ReadAllText(Path.Combine(folder, "Starter.yml")), "# edited\n");
    }

    [TestMethod]
    public void Test_fails_clearly_for_a_rule_whose_bad_example_is_not_flagged()
    {
        string rule = temp.Write("house/Lazy.yml", """
            id: House.Lazy
            message: "Avoid '{match}'."
            severity: warning
            kind: existence
            tokens: [game changer]
            examples:
              bad:
                - "It was a turning point."
              good:
                - "It changed the game."
            """);

        CliResult result = InProcess.Run("rules", "test", rule);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "FAIL House.Lazy");
        StringAssert.Contains(result.Stdout, "House.Lazy: bad example 1 is not flagged: \"It was a turning point.\"");
        StringAssert.Contains(result.Stderr, "1 rule, 2 examples, 1 failed");
    }

    [TestMethod]
    public void Test_fails_for_a_good_example_that_is_flagged_and_a_wrong_fix()
    {
        string rule = temp.Write("house/Strict.yml", """
            id: House.Strict
            message: "Write '{suggestion}'."
            severity: warning
            kind: substitution
            swap: { healthcare: health care }
            examples:
              bad:
                - text: "Spending on healthcare rose."
                  fix: "Spending on health-care rose."
              good:
                - "The healthcare bill passed."
            """);

        CliResult result = InProcess.Run("rules", "test", rule);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "bad example 1 is fixed to \"Spending on health care rose.\", not to the expected \"Spending on health-care rose.\"");
        StringAssert.Contains(result.Stdout, "good example 1 is flagged");
    }

    [TestMethod]
    public void Validate_reports_schema_and_generator_problems_with_file_line_and_column()
    {
        string rule = temp.Write("house/Typo.yml", "id: House.Typo\nmessage: x\nseverity: warning\nkind: existence\ntokens: [a]\ntokenz: [b]\nexamples: { bad: [a], good: [b] }\n");

        CliResult result = InProcess.Run("rules", "validate", rule);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, $"{rule}:6:1: error SL0002: Unknown field 'tokenz'");
    }

    [TestMethod]
    public void Validate_without_paths_uses_the_rule_paths_of_the_nearest_config()
    {
        temp.Write("house/Typo.yml", "id: House.Typo\nmessage: x\nseverity: loud\nkind: existence\ntokens: [a]\nexamples: { bad: [a], good: [b] }\n");
        temp.Write(".stylelint.yml", "rulePaths: [house]\n");
        string previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(temp.Root);
            CliResult result = InProcess.Run("rules", "validate");

            Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stdout, "house/Typo.yml:3:11: error SL0004: 'severity' is 'loud'");
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [TestMethod]
    public void Validate_and_test_need_something_to_read()
    {
        CliAssert.UsageError(InProcess.Run("rules", "validate", temp.PathOf("nowhere")), "no such rule file or folder");
        CliAssert.UsageError(InProcess.Run("rules", "new", "not-an-id", "--kind", "pattern"), "is not a rule id");
    }
}

using StyleLint.Config;
using StyleLint.Findings;

namespace StyleLint.Core.Tests.Config;

[TestClass]
public sealed class ConfigLoaderTests
{
    private const string Path = ".stylelint.yml";

    [TestMethod]
    public void Reads_levels_and_rule_settings_in_order()
    {
        LintConfig config = ConfigLoader.Parse(Path,
            "minAlertLevel: warning\n" +
            "failLevel: warning\n" +
            "rules:\n" +
            "  News: off\n" +
            "  News.Passive: error\n" +
            "  House.*: on\n" +
            "  House.Numbers: suggestion\n");

        Assert.AreEqual(Path, config.Path);
        Assert.AreEqual(Severity.Warning, config.MinAlertLevel);
        Assert.AreEqual(Severity.Warning, config.FailLevel);
        CollectionAssert.AreEqual(
            new[]
            {
                new RuleSetting("News", false, null, 4, 3, Path),
                new RuleSetting("News.Passive", true, Severity.Error, 5, 3, Path),
                new RuleSetting("House.*", true, null, 6, 3, Path),
                new RuleSetting("House.Numbers", true, Severity.Suggestion, 7, 3, Path),
            },
            config.Rules.ToArray());
    }

    [TestMethod]
    public void Defaults_apply_to_an_empty_file()
    {
        LintConfig config = ConfigLoader.Parse(Path, "# nothing set yet\n");

        Assert.AreEqual(Severity.Suggestion, config.MinAlertLevel);
        Assert.AreEqual(Severity.Error, config.FailLevel);
        Assert.IsEmpty(config.Rules);
    }

    [TestMethod]
    public void An_unknown_setting_is_an_error_at_its_line_and_column()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() =>
            ConfigLoader.Parse(Path, "failLevel: error\n  \nminAlertLevl: warning\n"));

        Assert.AreEqual(3, error.Line);
        Assert.AreEqual(1, error.Column);
        Assert.Contains("minAlertLevl", error.Message);
        Assert.AreEqual($"{Path}:3:1: {error.Message}", error.Describe());
    }

    [TestMethod]
    public void A_bad_level_is_an_error_at_the_value()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => ConfigLoader.Parse(Path, "failLevel: fatal\n"));

        Assert.AreEqual((1, 12), (error.Line, error.Column));
        Assert.Contains("'fatal'", error.Message);
    }

    [TestMethod]
    public void A_bad_rule_setting_is_an_error_at_the_value()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() =>
            ConfigLoader.Parse(Path, "rules:\n  News.Passive: loud\n"));

        Assert.AreEqual((2, 17), (error.Line, error.Column));
        Assert.Contains("'loud'", error.Message);
    }

    [TestMethod]
    public void Rules_must_be_a_mapping()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() =>
            ConfigLoader.Parse(Path, "rules:\n  - News.Passive\n"));

        Assert.AreEqual(2, error.Line);
    }

    [TestMethod]
    public void A_file_that_is_not_a_mapping_is_an_error()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => ConfigLoader.Parse(Path, "- just\n- a list\n"));

        Assert.AreEqual(1, error.Line);
    }

    [TestMethod]
    public void Invalid_yaml_is_an_error_with_its_place()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() =>
            ConfigLoader.Parse(Path, "rules:\n  News.Passive: [off\n"));

        Assert.Contains("invalid YAML", error.Message);
        Assert.IsGreaterThan(0, error.Line);
    }

    [TestMethod]
    public void A_duplicate_setting_is_an_error_not_a_crash()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() =>
            ConfigLoader.Parse(Path, "failLevel: error\nfailLevel: warning\n"));

        Assert.AreEqual(2, error.Line);
    }

    [TestMethod]
    public void Load_reads_a_file_and_a_missing_file_is_an_error()
    {
        string folder = Directory.CreateTempSubdirectory("stylelint-config-").FullName;
        try
        {
            string file = System.IO.Path.Combine(folder, ".stylelint.yml");
            File.WriteAllText(file, "failLevel: suggestion\n");

            Assert.AreEqual(Severity.Suggestion, ConfigLoader.Load(file).FailLevel);
            ConfigException error = Assert.ThrowsExactly<ConfigException>(() => ConfigLoader.Load(System.IO.Path.Combine(folder, "missing.yml")));
            Assert.Contains("not found", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void The_nearest_config_file_above_a_path_is_found()
    {
        string root = Directory.CreateTempSubdirectory("stylelint-find-").FullName;
        try
        {
            string nested = Directory.CreateDirectory(System.IO.Path.Combine(root, "desk", "politics")).FullName;
            string config = System.IO.Path.Combine(root, "desk", ".stylelint.yaml");
            File.WriteAllText(config, "");
            string article = System.IO.Path.Combine(nested, "story.md");
            File.WriteAllText(article, "Text.");

            Assert.AreEqual(config, ConfigLoader.FindFor(article));
            Assert.AreEqual(config, ConfigLoader.FindFor(nested));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

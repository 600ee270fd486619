using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Findings;

namespace StyleLint.Core.Tests.Config;

[TestClass]
public sealed class LintConfigTests
{
    private static readonly RuleInfo Passive = Rule("News.Passive", Severity.Warning);
    private static readonly RuleInfo Cliches = Rule("News.Cliches", Severity.Suggestion);
    private static readonly RuleInfo Numbers = Rule("House.Numbers", Severity.Error);
    private static readonly RuleInfo[] All = [Passive, Cliches, Numbers];

    private static RuleInfo Rule(string id, Severity severity) =>
        new(id, "existence", severity, RuleScope.Sentence, "{match}", "", "", id + ".yml", [], []);

    private static LintConfig Config(string yaml) => ConfigLoader.Parse(".stylelint.yml", yaml);

    [TestMethod]
    public void Without_settings_every_rule_runs_at_its_own_severity()
    {
        Assert.AreEqual(Severity.Warning, LintConfig.Default.Resolve(Passive));
        Assert.AreEqual(Severity.Suggestion, LintConfig.Default.Resolve(Cliches));
    }

    [TestMethod]
    public void A_style_name_switches_its_whole_style()
    {
        LintConfig config = Config("rules:\n  News: off\n");

        Assert.IsNull(config.Resolve(Passive));
        Assert.IsNull(config.Resolve(Cliches));
        Assert.AreEqual(Severity.Error, config.Resolve(Numbers));
    }

    [TestMethod]
    public void A_glob_sets_every_rule_it_matches()
    {
        LintConfig config = Config("rules:\n  '*': error\n");

        Assert.IsTrue(All.All(r => config.Resolve(r) == Severity.Error));
    }

    [TestMethod]
    public void An_exact_id_beats_a_style_or_glob_wherever_it_is_written()
    {
        LintConfig before = Config("rules:\n  News.Passive: error\n  News.*: off\n");
        LintConfig after = Config("rules:\n  News: off\n  News.Passive: on\n");

        Assert.AreEqual(Severity.Error, before.Resolve(Passive));
        Assert.IsNull(before.Resolve(Cliches));
        Assert.AreEqual(Severity.Warning, after.Resolve(Passive), "on restores the rule's own severity");
        Assert.IsNull(after.Resolve(Cliches));
    }

    [TestMethod]
    public void Later_patterns_of_the_same_kind_win()
    {
        LintConfig config = Config("rules:\n  News.*: off\n  News: error\n");

        Assert.AreEqual(Severity.Error, config.Resolve(Passive));
    }

    [TestMethod]
    public void Min_alert_level_hides_rules_below_it()
    {
        LintConfig config = Config("minAlertLevel: warning\nrules:\n  House.Numbers: suggestion\n");

        Assert.AreEqual(Severity.Warning, config.Resolve(Passive));
        Assert.IsNull(config.Resolve(Cliches));
        Assert.IsNull(config.Resolve(Numbers), "lowered below the alert level by the config");
    }

    [TestMethod]
    public void Settings_naming_existing_rules_styles_and_globs_validate()
    {
        Config("rules:\n  News: off\n  House.*: on\n  News.Passive: error\n  '*': on\n").Validate(All);
    }

    [TestMethod]
    public void An_unknown_rule_is_an_error_at_its_line_with_a_suggestion()
    {
        LintConfig config = Config("failLevel: error\nrules:\n  News.Pasive: off\n");

        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => config.Validate(All));

        Assert.AreEqual((3, 3), (error.Line, error.Column));
        Assert.Contains("'News.Pasive'", error.Message);
        Assert.Contains("did you mean 'News.Passive'", error.Message);
    }

    [TestMethod]
    public void A_rule_id_in_the_wrong_case_is_suggested_in_the_right_case()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => Config("rules:\n  news.cliches: off\n").Validate(All));

        Assert.Contains("did you mean 'News.Cliches'", error.Message);
    }

    [TestMethod]
    public void An_unknown_style_is_suggested_from_the_style_names()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => Config("rules:\n  Hose: off\n").Validate(All));

        Assert.Contains("did you mean 'House'", error.Message);
    }

    [TestMethod]
    public void Swapped_letters_are_one_edit()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => Config("rules:\n  House.Nubmers: off\n").Validate(All));

        Assert.Contains("did you mean 'House.Numbers'", error.Message);
    }

    [TestMethod]
    public void A_name_close_to_nothing_gets_no_suggestion()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => Config("rules:\n  Weather.Storms: off\n").Validate(All));

        Assert.DoesNotContain("did you mean", error.Message);
        Assert.Contains("stylelint rules list", error.Message);
    }

    [TestMethod]
    public void A_glob_matching_no_rule_is_an_error()
    {
        ConfigException error = Assert.ThrowsExactly<ConfigException>(() => Config("rules:\n  Sports.*: off\n").Validate(All));

        Assert.Contains("'Sports.*'", error.Message);
    }
}

using StyleLint.Findings;

namespace StyleLint.Vale.Tests;

/// <summary>Vale `spelling` rules: where the dictionaries come from, word lists, filters and what a missing dictionary does.</summary>
[TestClass]
public sealed class ValeSpellingRuleTests
{
    private string styles = "";

    [TestInitialize]
    public void Setup()
    {
        styles = Path.Combine(Path.GetTempPath(), "stylelint-spelling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(styles, "Desk"));
    }

    [TestCleanup]
    public void Cleanup() => Directory.Delete(styles, true);

    private ValeRule Rule(string id, params (string Key, string[] Values)[] fields)
    {
        KeyValuePair<string, string[]>[] options =
        [
            new("extends", ["spelling"]),
            new("message", ["Did you really mean '%s'?"]),
            .. fields.Select(f => new KeyValuePair<string, string[]>(f.Key, f.Values)),
        ];
        return new ValeRule(id, Severity.Warning, Path.Combine(styles, "Desk", "Spelling.yml"), options).Configure(null, [], styles);
    }

    private static List<string> Misspelt(ValeRule rule, string text)
    {
        var file = new ValeFile("story.txt", text, ".txt", "text", ".txt");
        return rule.Run(ValeBlock.Plain(text, text, "text"), file).Select(a => a.Match).ToList();
    }

    [TestMethod]
    public void Without_dictionaries_the_default_one_is_used_and_the_default_filters_apply()
    {
        ValeRule rule = Rule("Desk.Spelling");

        Assert.AreEqual(0, rule.Unsupported.Count, string.Join("; ", rule.Unsupported));
        // NASA (capitals), iPhone-like camel case (McDonaldLand) and words with digits are filtered out.
        CollectionAssert.AreEqual(new[] { "recieved", "teh" },
            Misspelt(rule, "The council recieved teh budget from NASA and McDonaldLand in 2024, didn’t it?"));
    }

    [TestMethod]
    public void Named_dictionaries_in_dicpath_replace_the_default_and_word_lists_add_words()
    {
        Directory.CreateDirectory(Path.Combine(styles, "dicts"));
        File.WriteAllText(Path.Combine(styles, "dicts", "desk.aff"), "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n");
        File.WriteAllText(Path.Combine(styles, "dicts", "desk.dic"), "3\ncouncil/S\nmeet\nthe\n");
        File.WriteAllText(Path.Combine(styles, "Desk", "names.txt"), "Ofgem\n\n#\n");
        ValeRule rule = Rule("Desk.Spelling", ("dicpath", ["dicts"]), ("dictionaries", ["desk"]), ("ignore", ["Desk/names.txt"]));

        CollectionAssert.AreEqual(new[] { "today" }, Misspelt(rule, "The councils meet Ofgem today"));
    }

    [TestMethod]
    public void Append_keeps_the_default_dictionary_beside_named_ones()
    {
        Directory.CreateDirectory(Path.Combine(styles, "dicts"));
        File.WriteAllText(Path.Combine(styles, "dicts", "desk.aff"), "SET UTF-8\n");
        File.WriteAllText(Path.Combine(styles, "dicts", "desk.dic"), "1\nOfgem\n");
        ValeRule rule = Rule("Desk.Spelling", ("dicpath", ["dicts"]), ("dictionaries", ["desk"]), ("append", ["true"]));

        CollectionAssert.AreEqual(new[] { "tday" }, Misspelt(rule, "The councils meet Ofgem tday"));
    }

    [TestMethod]
    public void Custom_rules_use_only_their_own_filters()
    {
        ValeRule rule = Rule("Desk.Spelling", ("custom", ["true"]), ("filters", ["[a-z]+"]));

        CollectionAssert.AreEqual(new[] { "FIXME" }, Misspelt(rule, "Check the copy FIXME and NASA"));
    }

    [TestMethod]
    public void A_missing_dictionary_skips_the_rule_and_says_which()
    {
        ValeRule rule = Rule("Desk.Spelling", ("dictionaries", ["nowhere"]));

        Assert.AreEqual("", rule.Extends);
        StringAssert.Contains(string.Join("; ", rule.Unsupported), "dictionary 'nowhere'");
    }

    [TestMethod]
    public void A_broken_dictionary_skips_the_rule_and_names_the_file_and_line()
    {
        File.WriteAllText(Path.Combine(styles, "bad.aff"), "SFX S Y lots\n");
        File.WriteAllText(Path.Combine(styles, "bad.dic"), "1\nword/S\n");
        ValeRule rule = Rule("Desk.Spelling", ("aff", ["bad.aff"]), ("dic", ["bad.dic"]));

        Assert.AreEqual("", rule.Extends);
        StringAssert.Contains(string.Join("; ", rule.Unsupported), "bad.aff:1");
    }
}

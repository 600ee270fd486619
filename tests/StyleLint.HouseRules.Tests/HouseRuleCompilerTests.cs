using StyleLint.Checking;
using StyleLint.Engine;
using StyleLint.RuleCompiler.Model;
using StyleLint.Tests;

namespace StyleLint.HouseRules.Tests;

[TestClass]
public sealed class HouseRuleCompilerTests
{
    private const string Substitution = """
        id: House.Programme
        message: "House style is '{suggestion}', not '{match}'."
        description: Our paper writes programme for broadcasts.
        severity: warning
        kind: substitution
        swap:
          tv program: TV programme
        ignorecase: true
        examples:
          bad:
            - text: "The tv program starts at nine."
              fix: "The TV programme starts at nine."
          good:
            - "The TV programme starts at nine."
        """;

    private const string Existence = """
        {
          "id": "House.Banned",
          "message": "Do not write '{match}'.",
          "severity": "error",
          "kind": "existence",
          "tokens": ["game changer"],
          "examples": { "bad": ["It is a game changer."], "good": ["It changes the game."] }
        }
        """;

    private TempFolder temp = null!;

    /// <summary>The compiled-rule cache's folder: not made yet, so the cache creates it as it would on a first run.</summary>
    private string cacheFolder = "";

    [TestInitialize]
    public void CreateCache()
    {
        temp = new TempFolder();
        cacheFolder = temp.PathOf("cache");
    }

    [TestCleanup]
    public void DeleteCache() => temp.Dispose();

    private HouseRuleCompiler NewCompiler() => new(new CompiledRuleCache(cacheFolder));

    private static RuleFile[] Files() => [new("house/Programme.yml", Substitution), new("house/Banned.json", Existence)];

    [TestMethod]
    public void Compiles_house_rules_into_working_checkers()
    {
        HouseRuleSet set = NewCompiler().Compile(Files());

        Assert.IsTrue(set.Succeeded, string.Join("\n", set.Diagnostics));
        Assert.IsFalse(set.FromCache);
        CollectionAssert.AreEqual(new[] { "House.Banned", "House.Programme" }, set.Checkers.Select(c => c.Rule.Id).ToArray());

        var linter = new Linter(set.Checkers);
        var findings = linter.LintText("The tv program was a game changer.", "story.txt").Findings;
        CollectionAssert.AreEqual(new[] { "House.Programme", "House.Banned" }, findings.Select(f => f.RuleId).ToArray());
        CollectionAssert.AreEqual(new[] { "TV programme" }, findings[0].Suggestions.ToArray());
    }

    [TestMethod]
    public void House_patterns_keep_the_match_timeout()
    {
        // The built-in pack runs its patterns without a timeout (PatternSafetyTests stand in for it); a house rule's
        // pattern is nobody's reviewed code, so a runaway one must still give up instead of hanging the linter.
        const string pattern = """
            id: House.Doubled
            message: "Doubled '{match}'."
            severity: warning
            kind: pattern
            pattern: '\b(\w+) \1\b'
            examples:
              bad:
                - "It was was late."
              good:
                - "It was late."
            """;
        HouseRuleSet set = NewCompiler().Compile([new("house/Doubled.yml", pattern)]);
        Assert.IsTrue(set.Succeeded, string.Join("\n", set.Diagnostics));
        System.Text.RegularExpressions.Regex[] regexes = [.. set.Checkers.SelectMany(c => c.GetType()
            .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)
            .Select(f => f.GetValue(null)).OfType<System.Text.RegularExpressions.Regex>())];
        Assert.AreEqual(1, regexes.Length);
        Assert.AreEqual(StyleLint.Checking.Kinds.PatternKind.MatchTimeout, regexes[0].MatchTimeout);
    }

    [TestMethod]
    public void Second_compile_of_the_same_files_loads_from_the_disk_cache()
    {
        NewCompiler().Compile(Files());

        HouseRuleSet second = NewCompiler().Compile(Files());

        Assert.IsTrue(second.FromCache, "the second run must not compile");
        Assert.HasCount(2, second.Checkers);
        Assert.IsNotEmpty(new Linter(second.Checkers).LintText("A game changer.", "s.txt").Findings);
    }

    [TestMethod]
    public void Editing_a_rule_file_changes_the_key_and_recompiles()
    {
        NewCompiler().Compile(Files());
        RuleFile[] edited = [Files()[0], new("house/Banned.json", Existence.Replace("game changer", "paradigm shift"))];

        HouseRuleSet set = NewCompiler().Compile(edited);

        Assert.IsFalse(set.FromCache);
        Assert.IsNotEmpty(new Linter(set.Checkers).LintText("A paradigm shift.", "s.txt").Findings);
    }

    [TestMethod]
    public void A_corrupt_cache_entry_is_rebuilt_not_trusted()
    {
        HouseRuleSet first = NewCompiler().Compile(Files());
        string entry = new CompiledRuleCache(cacheFolder).PathFor(first.CacheKey);
        byte[] bytes = File.ReadAllBytes(entry);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        HouseRuleSet second = NewCompiler().Compile(Files());

        Assert.IsFalse(second.FromCache, "a corrupt entry must be recompiled");
        Assert.HasCount(2, second.Checkers);
        Assert.IsTrue(NewCompiler().Compile(Files()).FromCache, "the rebuilt entry is written back");
    }

    [TestMethod]
    public void Two_processes_compiling_at_once_both_succeed()
    {
        HouseRuleSet[] sets = new HouseRuleSet[4];
        Parallel.For(0, sets.Length, i => sets[i] = NewCompiler().Compile(Files()));

        Assert.IsTrue(sets.All(s => s.Succeeded && s.Checkers.Count == 2));
        Assert.IsTrue(NewCompiler().Compile(Files()).FromCache);
        Assert.IsEmpty(Directory.GetFiles(cacheFolder, "*.tmp"), "no temporary files are left behind");
    }

    [TestMethod]
    public void Invalid_rules_give_diagnostics_with_file_line_and_column()
    {
        const string badRegex = """
            id: House.Broken
            message: "x"
            severity: warning
            kind: pattern
            pattern: 'a(b'
            examples: { bad: ["ab"], good: ["c"] }
            """;

        HouseRuleSet set = NewCompiler().Compile([new RuleFile("house/Broken.yml", badRegex)]);

        Assert.IsFalse(set.Succeeded);
        RuleDiagnostic diagnostic = set.Diagnostics.Single();
        Assert.AreEqual(DiagnosticIds.InvalidRegex, diagnostic.Id);
        Assert.AreEqual(new SourcePosition("house/Broken.yml", 5, 10), diagnostic.Position);
        Assert.IsEmpty(set.Checkers);
    }
}

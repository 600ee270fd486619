using System.Text.Json;
using System.Text.RegularExpressions;
using StyleLint.Cli.Tests.Support;

namespace StyleLint.Cli.Tests;

/// <summary>`stylelint rules list`, --help and --version.</summary>
[TestClass]
public sealed class RulesAndHelpTests
{
    private static readonly string[] StableRules = [Articles.DoubledWord, Articles.NewsletterSignUp, Articles.DoubleSpace, Articles.IseIze];

    [TestMethod]
    public void Rules_list_text_has_one_line_per_rule_with_id_severity_and_kind()
    {
        CliResult result = InProcess.Run("rules", "list");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        string[] ids = result.StdoutLines.Select(l => l.Split(' ', 2)[0]).ToArray();
        foreach (string id in StableRules) CollectionAssert.Contains(ids, id);
        string doubled = result.StdoutLines.Single(l => l.StartsWith(Articles.DoubledWord + " ", StringComparison.Ordinal));
        Assert.MatchesRegex(@"^News\.DoubledWord\s+error\s+repetition\s+\S", doubled);
        string consistency = result.StdoutLines.Single(l => l.StartsWith(Articles.IseIze + " ", StringComparison.Ordinal));
        Assert.MatchesRegex(@"^News\.IseIze\s+warning\s+consistency\s+\S", consistency);
    }

    [TestMethod]
    public void Rules_list_json_gives_every_rule_an_id_severity_and_kind()
    {
        CliResult result = InProcess.Run("rules", "list", "--format", "json");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement[] rules = json.RootElement.EnumerateArray().ToArray();
        Assert.IsNotEmpty(rules);
        foreach (JsonElement rule in rules)
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(rule.GetProperty("id").GetString()), rule.ToString());
            CollectionAssert.Contains(new[] { "error", "warning", "suggestion" }, rule.GetProperty("severity").GetString(), rule.ToString());
            Assert.IsFalse(string.IsNullOrWhiteSpace(rule.GetProperty("kind").GetString()), rule.ToString());
        }
        string[] ids = rules.Select(r => r.GetProperty("id").GetString()!).ToArray();
        foreach (string id in StableRules) CollectionAssert.Contains(ids, id);
        CollectionAssert.AllItemsAreUnique(ids);

        string[] textIds = InProcess.Run("rules", "list").StdoutLines.Select(l => l.Split(' ', 2)[0]).ToArray();
        CollectionAssert.AreEqual(textIds, ids, "text and JSON list the same rules in the same order");
    }

    [TestMethod]
    [DataRow("--help")]
    [DataRow("-h")]
    [DataRow("check --help")]
    [DataRow("check -h")]
    public void Help_exits_0_and_mentions_the_formats_and_exit_codes(string commandLine)
    {
        CliResult result = InProcess.Run(commandLine.Split(' '));

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        foreach (string format in new[] { "text", "json", "sarif" }) Assert.Contains(format, result.Stdout);
        Assert.Contains("Exit codes", result.Stdout);
        Assert.MatchesRegex(@"0 [^\n]*1 [^\n]*2 ", result.Stdout, "0, 1 and 2 are explained");
        Assert.AreEqual("", result.Stderr);
    }

    [TestMethod]
    public void Root_help_lists_the_commands()
    {
        CliResult result = InProcess.Run("--help");

        Assert.Contains("check", result.Stdout);
        Assert.Contains("rules", result.Stdout);
    }

    [TestMethod]
    public void Check_help_lists_its_options()
    {
        CliResult result = InProcess.Run("check", "--help");

        foreach (string option in new[] { "--format", "--config", "--fail-level", "--stdin-filename" }) Assert.Contains(option, result.Stdout);
    }

    [TestMethod]
    public void Version_exits_0_and_prints_a_version()
    {
        CliResult result = InProcess.Run("--version");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.MatchesRegex(new Regex(@"^\d+\.\d+\.\d+"), result.Stdout.Trim());
    }
}

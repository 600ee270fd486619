using System.Text.Json;
using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>`stylelint check` on .txt, .md and .html, in the text, JSON and SARIF formats.</summary>
[TestClass]
public sealed class OutputFormatTests
{
    private static readonly string[] JsonKeys =
        ["file", "line", "column", "endLine", "endColumn", "offset", "length", "ruleId", "severity", "message", "suggestions"];

    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Text_format_gives_path_line_column_severity_rule_and_message_for_plain_text()
    {
        string path = temp.Write("story.txt", Articles.PlainWithFindings);

        CliResult result = InProcess.Run("check", path);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        CliAssert.OneLine(result, $"{path}:3:24: error {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"{path}:4:19: warning {Articles.DoubleSpace}: ");
        Assert.Contains("1 error, 1 warning", result.Stderr, "the tally goes to stderr");
    }

    [TestMethod]
    public void Text_format_on_markdown_maps_findings_to_the_markdown_source_and_skips_code()
    {
        string path = temp.Write("story.md", Articles.Markdown);

        CliResult result = InProcess.Run("check", path);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        CliAssert.OneLine(result, $"{path}:3:24: error {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"{path}:5:1: error {Articles.NewsletterSignUp}: ");
        CliAssert.OneLine(result, $"{path}:7:21: warning {Articles.DoubleSpace}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.StartsWith($"{path}:10:", StringComparison.Ordinal)), "code blocks are not prose\n" + result);
    }

    [TestMethod]
    public void Text_format_on_html_maps_findings_to_the_html_source()
    {
        string path = temp.Write("story.html", Articles.Html);

        CliResult result = InProcess.Run("check", path);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        CliAssert.OneLine(result, $"{path}:4:27: error {Articles.DoubledWord}: ");
        CliAssert.OneLine(result, $"{path}:5:4: error {Articles.NewsletterSignUp}: ");
        Assert.IsFalse(result.FindingLines.Any(l => l.Contains(":2:", StringComparison.Ordinal)), "the <title> is not linted twice\n" + result);
    }

    [TestMethod]
    public void Html_input_while_the_adapter_is_missing_is_a_clear_error_not_a_crash()
    {
        // Until the HTML adapter lands the CLI must say so per file, still lint the other files, and exit 2.
        string html = temp.Write("story.html", Articles.Html);
        string txt = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", html, txt);

        if (result.ExitCode == ExitCodes.Findings && result.Stdout.Contains(html, StringComparison.Ordinal))
        {
            Assert.Inconclusive("The HTML adapter works now: this test is obsolete; see Text_format_on_html_maps_findings_to_the_html_source.");
        }
        CliAssert.UsageError(result, html);
        CliAssert.OneLine(result, $"{txt}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Consistency_rule_flags_the_minority_spelling()
    {
        string path = temp.Write("story.txt", Articles.MixedSpelling);

        CliResult result = InProcess.Run("check", path);

        CliAssert.OneLine(result, $"{path}:3:35: warning {Articles.IseIze}: ");
        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, "a warning does not fail the run\n" + result);
    }

    [TestMethod]
    public void Consistency_spans_the_files_of_a_run_unless_asked_per_file()
    {
        string ise = temp.Write("a.txt", "Harbour works delayed again\n\nResidents organised a meeting and recognised the risk.\n");
        string ize = temp.Write("b.txt", "Harbour works delayed again\n\nThe board will organize a vote.\n");

        CliResult run = InProcess.Run("check", ise, ize);
        CliResult perFile = InProcess.Run("check", ise, ize, "--consistency", "file");

        CliAssert.OneLine(run, $"{ize}:3:16: warning {Articles.IseIze}: ");
        Assert.IsFalse(perFile.FindingLines.Any(l => l.Contains(Articles.IseIze, StringComparison.Ordinal)), perFile.ToString());
    }

    [TestMethod]
    public void Json_format_is_an_array_of_findings_with_exactly_the_contract_keys()
    {
        string path = temp.Write("story.md", Articles.Markdown);

        CliResult result = InProcess.Run("check", path, "--format", "json");

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        Assert.AreEqual("", result.Stderr, "no tally or other noise on stderr in JSON mode");
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.AreEqual(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.IsGreaterThanOrEqualTo(3, json.RootElement.GetArrayLength(), result.Stdout);
        foreach (JsonElement finding in json.RootElement.EnumerateArray())
        {
            CollectionAssert.AreEqual(JsonKeys, finding.EnumerateObject().Select(p => p.Name).ToArray(), finding.ToString());
            Assert.AreEqual(path, finding.GetProperty("file").GetString());
            Assert.AreEqual(JsonValueKind.Array, finding.GetProperty("suggestions").ValueKind);
            Assert.IsFalse(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
            CollectionAssert.Contains(new[] { "error", "warning", "suggestion" }, finding.GetProperty("severity").GetString());
        }

        JsonElement doubled = Single(json.RootElement, Articles.DoubledWord);
        Assert.AreEqual(3, doubled.GetProperty("line").GetInt32());
        Assert.AreEqual(24, doubled.GetProperty("column").GetInt32());
        Assert.AreEqual(3, doubled.GetProperty("endLine").GetInt32());
        Assert.AreEqual(31, doubled.GetProperty("endColumn").GetInt32());
        Assert.AreEqual("error", doubled.GetProperty("severity").GetString());
        JsonElement signUp = Single(json.RootElement, Articles.NewsletterSignUp);
        Assert.AreEqual(5, signUp.GetProperty("line").GetInt32());
        Assert.AreEqual(1, signUp.GetProperty("column").GetInt32());
    }

    [TestMethod]
    public void Json_offset_and_length_slice_the_original_file_to_the_flagged_text()
    {
        // A BOM, CRLF line ends and a non-ASCII letter before the finding: offsets count the decoded text after the BOM.
        string text = "Harbour works delayed again\r\n\r\nThe café board said the the new pier would open.\r\nWork stopped twice  last year.\r\n";
        string path = temp.WriteBytes("story.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        string decoded = File.ReadAllText(path);
        Assert.AreEqual(text, decoded, "File.ReadAllText drops the BOM");

        CliResult result = InProcess.Run("check", path, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement doubled = Single(json.RootElement, Articles.DoubledWord);
        JsonElement spaces = Single(json.RootElement, Articles.DoubleSpace);
        Assert.AreEqual("the the", Slice(decoded, doubled));
        Assert.AreEqual("  ", Slice(decoded, spaces));
        Assert.AreEqual(3, doubled.GetProperty("line").GetInt32());
        Assert.AreEqual(21, doubled.GetProperty("column").GetInt32());
        Assert.AreEqual(4, spaces.GetProperty("line").GetInt32());
        Assert.AreEqual(19, spaces.GetProperty("column").GetInt32());
        foreach (JsonElement finding in json.RootElement.EnumerateArray())
        {
            (int line, int column) = LineColumnOf(decoded, finding.GetProperty("offset").GetInt32());
            Assert.AreEqual(line, finding.GetProperty("line").GetInt32(), finding.ToString());
            Assert.AreEqual(column, finding.GetProperty("column").GetInt32(), finding.ToString());
        }
    }

    [TestMethod]
    public void Json_format_with_no_findings_is_an_empty_array()
    {
        string path = temp.Write("story.txt", Articles.Clean);

        CliResult result = InProcess.Run("check", path, "--format", "json");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.AreEqual(0, json.RootElement.GetArrayLength());
    }

    [TestMethod]
    public void Sarif_format_is_valid_sarif_2_1_0_with_rules_and_located_results()
    {
        string path = temp.Write("story.md", Articles.Markdown);

        CliResult result = InProcess.Run("check", path, "--format", "sarif");

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.AreEqual("2.1.0", root.GetProperty("version").GetString());
        JsonElement run = root.GetProperty("runs")[0];
        JsonElement[] rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        string[] ruleIds = rules.Select(r => r.GetProperty("id").GetString()!).ToArray();
        foreach (string id in new[] { Articles.DoubledWord, Articles.NewsletterSignUp, Articles.DoubleSpace, Articles.IseIze })
        {
            CollectionAssert.Contains(ruleIds, id);
        }

        JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.IsGreaterThanOrEqualTo(3, results.Length);
        foreach (JsonElement r in results)
        {
            string ruleId = r.GetProperty("ruleId").GetString()!;
            CollectionAssert.Contains(new[] { "error", "warning", "note" }, r.GetProperty("level").GetString());
            JsonElement location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.AreEqual(path, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.IsGreaterThanOrEqualTo(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.IsGreaterThanOrEqualTo(1, location.GetProperty("region").GetProperty("startColumn").GetInt32());
            if (r.TryGetProperty("ruleIndex", out JsonElement index))
            {
                Assert.AreEqual(ruleId, ruleIds[index.GetInt32()], "ruleIndex points at the rule");
            }
        }

        JsonElement doubled = results.Single(r => r.GetProperty("ruleId").GetString() == Articles.DoubledWord);
        Assert.AreEqual("error", doubled.GetProperty("level").GetString());
        JsonElement region = doubled.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.AreEqual(3, region.GetProperty("startLine").GetInt32());
        Assert.AreEqual(24, region.GetProperty("startColumn").GetInt32());
        JsonElement spaces = results.Single(r => r.GetProperty("ruleId").GetString() == Articles.DoubleSpace);
        Assert.AreEqual("warning", spaces.GetProperty("level").GetString());
    }

    [TestMethod]
    public void Sarif_format_with_no_findings_still_lists_the_rules()
    {
        string path = temp.Write("story.txt", Articles.Clean);

        CliResult result = InProcess.Run("check", path, "--format", "sarif");

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement run = json.RootElement.GetProperty("runs")[0];
        Assert.AreEqual(0, run.GetProperty("results").GetArrayLength());
        Assert.IsGreaterThan(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }


    [TestMethod]
    public void Sarif_artifact_uri_is_a_valid_uri_reference()
    {
        string path = temp.Write("harbour story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", path, "--format", "sarif");

        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        string uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.IsTrue(Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), uri);
        Assert.EndsWith("harbour%20story.txt", uri);
    }

    private static JsonElement Single(JsonElement array, string ruleId) =>
        array.EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == ruleId);

    private static string Slice(string text, JsonElement finding) =>
        text.Substring(finding.GetProperty("offset").GetInt32(), finding.GetProperty("length").GetInt32());

    private static (int Line, int Column) LineColumnOf(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}

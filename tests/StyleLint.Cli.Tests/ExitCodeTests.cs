using StyleLint.Cli.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests;

/// <summary>0 clean, 1 findings at or above the failing level, 2 usage/config/input errors: never a stack trace.</summary>
[TestClass]
public sealed class ExitCodeTests
{
    private TempFolder temp = null!;

    [TestInitialize]
    public void Setup() => temp = new TempFolder();

    [TestCleanup]
    public void Cleanup() => temp.Dispose();

    [TestMethod]
    public void Clean_article_exits_0_with_no_findings()
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.Clean));

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.AreEqual("", result.Stdout);
        Assert.Contains("0 errors, 0 warnings, 0 suggestions in 1 file", result.Stderr);
    }

    [TestMethod]
    public void An_error_finding_exits_1()
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly));

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Only_warnings_exit_0_by_default()
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.WarningOnly));

        Assert.AreEqual(ExitCodes.Clean, result.ExitCode, result.ToString());
        Assert.Contains(Articles.DoubleSpace, result.Stdout, "the warning is still shown");
    }

    [TestMethod]
    [DataRow("warning")]
    [DataRow("suggestion")]
    public void Fail_level_at_or_below_warning_makes_warnings_exit_1(string level)
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.WarningOnly), "--fail-level", level);

        Assert.AreEqual(ExitCodes.Findings, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void Unknown_fail_level_exits_2()
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly), "--fail-level", "fatal");

        CliAssert.UsageError(result, "fatal");
        Assert.AreEqual("", result.Stdout, "nothing is linted on a usage error");
    }

    [TestMethod]
    [DataRow("--bogus")]
    [DataRow("--no-such-flag=1")]
    [DataRow("-q")]
    public void Unknown_flag_exits_2_names_the_flag_and_lints_nothing(string flag)
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly), flag);

        CliAssert.UsageError(result, flag);
        Assert.Contains("option", result.Stderr, "say it is an unknown option, not a missing file\n" + result);
        Assert.AreEqual("", result.Stdout, "nothing is linted on a usage error");
    }

    [TestMethod]
    public void Unknown_flag_on_the_root_command_exits_2()
    {
        CliAssert.UsageError(InProcess.Run("--bogus"), "--bogus");
    }

    [TestMethod]
    public void After_a_double_dash_a_dash_name_is_a_path()
    {
        CliResult result = InProcess.Run("check", "--", temp.PathOf("-story.txt"));
        CliAssert.UsageError(result, "-story.txt: no such file");

        temp.Write("-story.txt", Articles.ErrorOnly);
        Assert.AreEqual(ExitCodes.Findings, InProcess.Run("check", "--", temp.PathOf("-story.txt")).ExitCode);
    }

    [TestMethod]
    public void Unknown_format_exits_2_and_lists_the_formats()
    {
        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly), "--format", "xml");

        CliAssert.UsageError(result, "xml");
        Assert.Contains("sarif", result.Stderr);
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void No_paths_exits_2()
    {
        CliAssert.UsageError(InProcess.Run("check"), "nothing to check");
    }

    [TestMethod]
    public void No_command_exits_2()
    {
        CliResult result = InProcess.Run();

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void Missing_path_exits_2_but_the_other_files_are_still_linted_and_printed()
    {
        string missing = temp.PathOf("gone.txt");
        string present = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", missing, present);

        CliAssert.UsageError(result, $"{missing}: no such file or folder");
        CliAssert.OneLine(result, $"{present}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Binary_file_exits_2_with_a_message_and_other_files_are_linted()
    {
        string binary = temp.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        string present = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", binary, present);

        CliAssert.UsageError(result, binary);
        Assert.Contains("binary", result.Stderr);
        CliAssert.OneLine(result, $"{present}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Invalid_utf8_exits_2_naming_the_line()
    {
        // "Caf\xE9" is Latin-1, not UTF-8: the bad byte is on line 3.
        byte[] bytes = [.. "Harbour works delayed again\n\nThe caf"u8, 0xE9, .. " said the plan was sound.\n"u8];
        string path = temp.WriteBytes("story.txt", bytes);

        CliResult result = InProcess.Run("check", path);

        CliAssert.UsageError(result, $"{path}:3:");
        Assert.Contains("UTF-8", result.Stderr);
    }

    [TestMethod]
    public void File_over_the_size_limit_is_refused_with_exit_2()
    {
        // A sparse 300 MB file: the size is checked before anything is read, so this costs no disk or memory.
        string path = temp.PathOf("archive.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(300L * 1024 * 1024);
        }
        string present = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", path, present);

        CliAssert.UsageError(result, $"{path}: file is 300 MB; the limit is");
        CliAssert.OneLine(result, $"{present}:3:24: error {Articles.DoubledWord}: ");
    }

    [TestMethod]
    public void Json_output_stays_valid_when_a_path_is_missing()
    {
        string present = temp.Write("story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", temp.PathOf("gone.txt"), present, "--format", "json");

        CliAssert.UsageError(result, "gone.txt: no such file or folder");
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.AreEqual(1, json.RootElement.GetArrayLength());
    }

    [TestMethod]
    public void Folder_with_no_articles_exits_2()
    {
        string folder = temp.Folder("photos");
        temp.WriteBytes("photos/pier.jpg", [0xFF, 0xD8, 0xFF]);
        temp.Write("photos/notes.docx", "not an article");

        CliResult result = InProcess.Run("check", folder);

        CliAssert.UsageError(result, "no articles");
    }

    [TestMethod]
    public void Empty_folder_exits_2()
    {
        CliAssert.UsageError(InProcess.Run("check", temp.Folder("empty")), "no articles");
    }

    [TestMethod]
    public void Glob_matching_nothing_exits_2()
    {
        temp.Write("story.txt", Articles.Clean);

        CliAssert.UsageError(InProcess.Run("check", temp.PathOf("**/*.md")), "no files match");
    }

    [TestMethod]
    public void Broken_yaml_config_exits_2_with_file_line_and_column_and_lints_nothing()
    {
        string config = temp.Write(".stylelint.yml", "failLevel: warning\nrules:\n  News.DoubledWord: {off\n");
        string story = temp.Write("desk/story.txt", Articles.ErrorOnly);

        CliResult result = InProcess.Run("check", story);

        CliAssert.UsageError(result, config + ":");
        Assert.MatchesRegex(@"\.stylelint\.yml:\d+:\d+: invalid YAML", result.Stderr);
        Assert.AreEqual("", result.Stdout, "nothing is linted with a broken config");
    }

    [TestMethod]
    public void Yaml_that_the_parser_rejects_with_a_non_yaml_exception_is_still_a_config_error()
    {
        // An unclosed [ followed by more keys: YamlDotNet throws InvalidOperationException, not YamlException.
        string config = temp.Write(".stylelint.yml", BrokenFlowSequence);

        CliResult result = InProcess.Run("check", temp.Write("desk/story.txt", Articles.ErrorOnly));

        CliAssert.UsageError(result, "invalid YAML");
        StringAssert.Contains(result.Stderr, config + ":");
        Assert.AreEqual("", result.Stdout, "nothing is linted with a broken config");
    }

    [TestMethod]
    public void Yaml_with_an_unclosed_bracket_before_more_keys_gives_line_and_column()
    {
        string config = temp.Write(".stylelint.yml", BrokenFlowSequence);

        CliResult result = InProcess.Run("check", temp.Write("desk/story.txt", Articles.ErrorOnly));

        CliAssert.UsageError(result, config + ":3:");
    }

    private const string BrokenFlowSequence = "failLevel: warning\nrules:\n  News.DoubledWord: [off\n  News.DoubleSpace: error\n";

    [TestMethod]
    public void Config_with_an_unknown_setting_exits_2_naming_the_place()
    {
        string config = temp.Write(".stylelint.yml", "failLevel: warning\nfailOn: error\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly));

        CliAssert.UsageError(result, $"{config}:2:1: unknown setting 'failOn'");
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void Unknown_rule_id_in_config_exits_2_naming_the_rule_and_the_place()
    {
        string config = temp.Write(".stylelint.yml", "rules:\n  News.DoubledWrod: off\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly));

        CliAssert.UsageError(result, $"{config}:2:3: unknown rule or style 'News.DoubledWrod'");
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void Rule_id_with_the_wrong_case_in_config_gets_a_did_you_mean()
    {
        temp.Write(".stylelint.yml", "rules:\n  news.doubledword: off\n");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly));

        CliAssert.UsageError(result, $"did you mean '{Articles.DoubledWord}'");
    }

    [TestMethod]
    public void Missing_config_file_given_with_config_exits_2()
    {
        string config = temp.PathOf("house.yml");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly), "--config", config);

        CliAssert.UsageError(result, $"{config}: config file not found");
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void A_folder_given_as_config_exits_2()
    {
        string folder = temp.Folder("house");

        CliResult result = InProcess.Run("check", temp.Write("story.txt", Articles.ErrorOnly), "--config", folder);

        CliAssert.UsageError(result, folder);
        Assert.AreEqual("", result.Stdout);
    }

    [TestMethod]
    public void Rules_list_with_an_unknown_format_exits_2()
    {
        CliAssert.UsageError(InProcess.Run("rules", "list", "--format", "xml"), "xml");
    }
}

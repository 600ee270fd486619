using System.Text;

namespace StyleLint.Cli.Tests.Support;

/// <summary>What one run of the CLI produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Lines(Stdout);

    public string[] StderrLines => Lines(Stderr);

    /// <summary>The text-format finding lines (the summary goes to stderr, so that is all of stdout).</summary>
    public string[] FindingLines => StdoutLines;

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}--- stderr ---\n{Stderr}";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs `stylelint` in-process through <see cref="Program.Run"/>, capturing both streams.</summary>
internal static class InProcess
{
    public static CliResult Run(params string[] args) => RunWithStdin(null, args);

    public static CliResult RunWithStdin(string? stdin, params string[] args) =>
        RunWithStdinBytes(stdin == null ? null : Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult RunWithStdinBytes(byte[]? stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Program.Run(args, stdout, stderr, () => new MemoryStream(stdin ?? [], writable: false));
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>What every run must look like.</summary>
internal static class CliAssert
{
    /// <summary>Exactly one output line starts with <paramref name="prefix"/> (path:line:col: severity Rule: ), and it has a message.</summary>
    public static void OneLine(CliResult result, string prefix)
    {
        string[] matches = result.FindingLines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        Assert.HasCount(1, matches, $"expected one line starting '{prefix}'\n{result}");
        Assert.IsGreaterThan(prefix.Length, matches[0].Length, "the line ends with a message");
    }

    /// <summary>
    /// Whatever went wrong, the user sees a message: never a stack trace ("   at Namespace.Type.Method")
    /// and never an exception type dump ("System.IO.IOException: …", "Unhandled exception").
    /// </summary>
    public static void NoStackTrace(CliResult result)
    {
        foreach (string line in result.StderrLines.Concat(result.StdoutLines))
        {
            Assert.IsFalse(line.TrimStart().StartsWith("at ", StringComparison.Ordinal) && line.StartsWith("   ", StringComparison.Ordinal),
                $"stack trace line in output: '{line}'\n{result}");
        }
        Assert.DoesNotContain("Exception", result.Stderr, $"exception dump on stderr\n{result}");
        Assert.DoesNotContain("Exception", result.Stdout, $"exception dump on stdout\n{result}");
    }

    /// <summary>Exit 2 with a message on stderr that mentions <paramref name="expected"/>, and no stack trace.</summary>
    public static void UsageError(CliResult result, string expected)
    {
        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        Assert.Contains(expected, result.Stderr, result.ToString());
        NoStackTrace(result);
    }
}

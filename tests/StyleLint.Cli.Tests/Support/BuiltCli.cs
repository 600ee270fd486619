using System.Diagnostics;
using System.Text;
using StyleLint.Tests;

namespace StyleLint.Cli.Tests.Support;

/// <summary>Runs the built `stylelint.dll` as a real process through `dotnet`, to prove the process exit codes.</summary>
internal static class BuiltCli
{
    private static readonly Lazy<string> Dll = new(FindDll);

    public static CliResult Run(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll.Value);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin != null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("stylelint did not finish in 2 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// The stylelint.dll next to the tests when it can run from there (it has its runtimeconfig), else the
    /// CLI project's own output for the same configuration.
    /// </summary>
    private static string FindDll()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "stylelint.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "stylelint.runtimeconfig.json"))) return beside;

        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        string built = TestPaths.InRepository("src", "StyleLint.Cli", "bin", configuration, "net10.0", "stylelint.dll");
        if (!File.Exists(built)) Assert.Inconclusive($"stylelint.dll was not found beside the tests or at {built}");
        return built;
    }
}

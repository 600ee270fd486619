using System.Diagnostics;
using System.Text;
using StyleLint.Server.Tests.Support;
using StyleLint.Tests;

namespace StyleLint.Server.Tests;

/// <summary>`stylelint serve` from the command line: options, startup errors (exit 2), and a real process answering.</summary>
[TestClass]
public sealed class ServeCommandTests
{
    private static (int Exit, string Stdout, string Stderr) RunInProcess(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Cli.Program.Run(args, stdout, stderr, () => Stream.Null);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [TestMethod]
    public void Help_lists_the_options()
    {
        (int exit, string stdout, _) = RunInProcess("serve", "--help");

        Assert.AreEqual(0, exit);
        foreach (string option in new[] { "--urls", "--config", "--token-file", "--max-body", "--max-concurrent", "--queue", "--timeout" }) StringAssert.Contains(stdout, option);
    }

    [TestMethod]
    public void A_broken_config_or_an_open_address_without_tokens_exits_2_with_a_message()
    {
        using var folder = new TempFolder();
        string config = folder.Write("bad.yml", "rules:\n  News.DoubledWrod: off\n");

        (int badExit, _, string badErr) = RunInProcess("serve", "--urls", "http://127.0.0.1:0", "--config", config);
        (int openExit, _, string openErr) = RunInProcess("serve", "--urls", "http://0.0.0.0:0", "--config", folder.Write("ok.yml", "failLevel: error\n"));
        (int tlsExit, _, string tlsErr) = RunInProcess("serve", "--urls", "https://127.0.0.1:0");

        Assert.AreEqual(2, badExit);
        StringAssert.Contains(badErr, "bad.yml:2:3: unknown rule or style 'News.DoubledWrod' (did you mean 'News.DoubledWord'?)");
        Assert.AreEqual(2, openExit);
        StringAssert.Contains(openErr, "without tokens");
        Assert.AreEqual(2, tlsExit);
        StringAssert.Contains(tlsErr, "only http://");
    }

    [TestMethod]
    public async Task The_built_command_serves_until_SIGTERM_and_exits_0()
    {
        if (OperatingSystem.IsWindows()) Assert.Inconclusive("SIGTERM is POSIX");
        string dll = Path.Combine(AppContext.BaseDirectory, "stylelint.dll");
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Root,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string arg in new[] { dll, "serve", "--urls", "http://127.0.0.1:0", "--cache-dir", folder.PathOf("cache") }) start.ArgumentList.Add(arg);
        start.Environment["STYLELINT_TOKENS"] = RunningServer.Token;
        using Process process = Process.Start(start)!;
        try
        {
            Task<string?> firstLine = process.StandardOutput.ReadLineAsync();
            Assert.IsTrue(firstLine.Wait(TimeSpan.FromSeconds(60)), "the server printed where it listens");
            string line = firstLine.Result ?? "";
            StringAssert.StartsWith(line, "stylelint serve: listening on http://127.0.0.1:", line);
            string url = line.Split(' ')[4];

            using var client = new HttpClient { BaseAddress = new Uri(url) };
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", RunningServer.Token);
            Response check = await server(client);
            Assert.AreEqual(422, check.Status, check.ToString());

            using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.IsTrue(process.WaitForExit(TimeSpan.FromSeconds(30)), "the server stopped on SIGTERM");
            Assert.AreEqual(0, process.ExitCode, process.StandardError.ReadToEnd());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        static async Task<Response> server(HttpClient client) =>
            await Response.From(await client.PostAsync("/v1/publish-gate", RunningServer.Json("{\"text\": \"The the council met.\"}")));
    }
}

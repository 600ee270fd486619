using System.Diagnostics;
using System.IO.Compression;
using StyleLint.Tests;

namespace StyleLint.Generators.Tests;

/// <summary>The generator's NuGet package carries the generator and every assembly it loads inside the compiler.</summary>
[TestClass]
public sealed class PackagingTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(8);

    [TestMethod]
    [TestCategory("Slow")]
    public void Package_holds_the_generator_and_its_dependencies_in_analyzers_dotnet_cs()
    {
        string project = TestPaths.InRepository("generators", "StyleLint.Generators");
        string scratch = Path.Combine(Path.GetTempPath(), "stylelint-pack-" + Guid.NewGuid().ToString("N"));
        string output = Path.Combine(scratch, "out");
        try
        {
            // Build outputs go to a scratch folder too: the package must be made from this build's outputs,
            // not from whatever an earlier build left in bin/ (and a shared bin/ must not be disturbed).
            (int exitCode, string log) = Run(DotnetHost(),
                ["pack", project, "-o", output, $"-p:BaseOutputPath={Path.Combine(scratch, "bin")}{Path.DirectorySeparatorChar}",
                 "-p:UseSharedCompilation=false", "-nodeReuse:false", "--nologo"]);
            Assert.AreEqual(0, exitCode, $"`dotnet pack {project}` failed (exit {exitCode}):\n{log}");

            string[] packages = Directory.GetFiles(output, "StyleLint.Generators.*.nupkg");
            Assert.HasCount(1, packages, $"expected one StyleLint.Generators .nupkg in {output}; found: {string.Join(", ", Directory.GetFiles(output))}\n{log}");

            using ZipArchive package = ZipFile.OpenRead(packages[0]);
            string[] analyzers = package.Entries
                .Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal))
                .Select(e => e.FullName["analyzers/dotnet/cs/".Length..])
                .Order(StringComparer.Ordinal)
                .ToArray();
            string[] expected = ["Scriban.Signed.dll", "StyleLint.Generators.dll", "StyleLint.RuleCompiler.dll", "YamlDotNet.dll"];
            CollectionAssert.AreEqual(expected, analyzers,
                $"analyzers/dotnet/cs must hold exactly the generator and the assemblies it loads; it holds: {string.Join(", ", analyzers)}. " +
                "Check ComputeGeneratorDependencies/PackGeneratorDependencies in StyleLint.Generators.csproj.");

            // A generator is not a library: nothing in lib/, and no package dependency on RuleCompiler.
            Assert.IsFalse(package.Entries.Any(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal)), "the package must not put the generator in lib/");
            using StreamReader nuspec = new(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            string manifest = nuspec.ReadToEnd();
            Assert.DoesNotContain("StyleLint.RuleCompiler", manifest, "RuleCompiler ships inside the package, not as a dependency");
            StringAssert.Contains(manifest, "<developmentDependency>true</developmentDependency>");
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static (int ExitCode, string Log) Run(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepositoryRoot,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs under MSBuild's environment; a child build must choose its own SDK and settings.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = new Process { StartInfo = start };
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(PackTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"`dotnet {string.Join(' ', arguments)}` did not finish within {PackTimeout.TotalMinutes} minutes:\n{log}");
        }
        process.WaitForExit();
        return (process.ExitCode, log.ToString());
    }
}

using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StyleLint.Checking;

namespace StyleLint.Generators.Tests;

/// <summary>One run of the generator: the driver (to run again incrementally), the compilation with the generated sources, and what was reported.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public IEnumerable<Diagnostic> RuleDiagnostics => Diagnostics.Where(d => d.Id.StartsWith("SL", StringComparison.Ordinal));
}

/// <summary>Runs <see cref="RuleCheckerGenerator"/> in-process over in-memory rule files, as the compiler would.</summary>
internal static class GeneratorHarness
{
    /// <summary>Where in-memory rule files claim to live; the generator names sources from the rules folder down.</summary>
    public const string RulesFolder = "/virtual/repo/rules/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static string RulePath(string name) => RulesFolder + name;

    public static InMemoryAdditionalText Rule(string name, string text) => new(RulePath(name), text);

    /// <summary>The compilation the generator runs in: a library referencing the framework and StyleLint.Core.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "StyleLint.Generated.Test",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            [new RuleCheckerGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params AdditionalText[] files) => Run(CreateDriver(files), CreateCompilation());

    /// <summary>Runs (or re-runs) a driver; fails the test if the generator threw, which the compiler reports as CS8785.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        GeneratorDriver next = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        var run = new GeneratorRun(next, output, diagnostics, next.GetRunResult());
        Assert.IsNull(run.Generator.Exception, "The generator crashed (CS8785): " + run.Generator.Exception);
        Assert.IsFalse(diagnostics.Any(d => d.Id == "CS8785"), "The generator crashed: " + string.Join("\n", diagnostics));
        return run;
    }

    /// <summary>Warnings and errors of the compilation with the generated sources (hidden and info ones are not problems).</summary>
    public static Diagnostic[] CompileProblems(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

    /// <summary>Emits the compilation and loads it into a collectible context; dispose to unload.</summary>
    public static LoadedRules Load(Compilation output)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(stream);
        Assert.IsTrue(result.Success, "Emit failed:\n" + string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return new LoadedRules(stream);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The running framework's own assemblies (the trusted platform assemblies from its directory), and StyleLint.Core.
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        IEnumerable<string> framework = trusted.Where(p =>
            string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal) &&
            p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) &&
            IsManaged(p));
        return framework
            .Append(typeof(Checker).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}

/// <summary>A generated assembly loaded in its own collectible context; StyleLint.Core is shared with the test.</summary>
internal sealed class LoadedRules : IDisposable
{
    private readonly AssemblyLoadContext context = new("generated-rules", isCollectible: true);

    public LoadedRules(Stream image)
    {
        Assembly = context.LoadFromStream(image);
        Type registry = Assembly.GetType("StyleLint.Generated.RuleRegistry", throwOnError: true)!;
        Checkers = (Checker[])registry.GetMethod("CreateAll")!.Invoke(null, null)!;
    }

    public Assembly Assembly { get; }

    /// <summary>What the generated registry lists, in its order.</summary>
    public Checker[] Checkers { get; }

    public void Dispose() => context.Unload();
}

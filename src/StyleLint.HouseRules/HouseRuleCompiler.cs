using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StyleLint.Checking;
using StyleLint.Generators;
using StyleLint.RuleCompiler.Emitting;
using StyleLint.RuleCompiler.Model;

namespace StyleLint.HouseRules;

/// <summary>
/// Compiles house rule files with <see cref="RuleCheckerGenerator"/> — the generator that builds the built-in
/// pack — through a CSharpGeneratorDriver and a Roslyn emit, loads the assembly into a collectible load context,
/// and caches it on disk. The same rule therefore means the same thing built in or added as configuration.
/// </summary>
public sealed class HouseRuleCompiler(CompiledRuleCache cache)
{
    /// <summary>Framework assemblies the generated checkers need, by simple name.</summary>
    private static readonly string[] FrameworkAssemblies =
        ["System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Text.RegularExpressions", "System.Linq", "System.Memory", "netstandard"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<string> BuildIdentity = new(() =>
        string.Join("|", typeof(RuleCheckerGenerator).Assembly.ManifestModule.ModuleVersionId, typeof(Checker).Assembly.ManifestModule.ModuleVersionId, typeof(RuleEmitter).Assembly.ManifestModule.ModuleVersionId));

    public CompiledRuleCache Cache { get; } = cache;

    public HouseRuleSet Compile(IReadOnlyList<RuleFile> files)
    {
        var clock = Stopwatch.StartNew();
        string key = CacheKey(files);
        if (files.Count == 0) return new HouseRuleSet([], [], true, clock.Elapsed, key);

        byte[]? cached = Cache.TryRead(key);
        if (cached != null && TryLoad(cached, key) is { } fromCache)
        {
            return new HouseRuleSet(fromCache, [], true, clock.Elapsed, key);
        }

        (byte[]? assembly, IReadOnlyList<RuleDiagnostic> diagnostics) = Build(files, key);
        if (assembly == null) return new HouseRuleSet([], diagnostics, false, clock.Elapsed, key);

        Checker[] checkers = TryLoad(assembly, key) ?? throw new InvalidOperationException("A freshly compiled house-rule assembly did not load.");
        Cache.Write(key, assembly);
        return new HouseRuleSet(checkers, [], false, clock.Elapsed, key);
    }

    /// <summary>The rule files' paths and contents and StyleLint's own build: any change makes a new key.</summary>
    public static string CacheKey(IReadOnlyList<RuleFile> files)
    {
        var builder = new StringBuilder("stylelint-house-rules-v1\n").Append(BuildIdentity.Value).Append('\n');
        foreach (RuleFile file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            builder.Append(file.Path).Append('\0').Append(file.Text).Append('\0');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static (byte[]? Assembly, IReadOnlyList<RuleDiagnostic> Diagnostics) Build(IReadOnlyList<RuleFile> files, string key)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "StyleLint.HouseRules." + key[..16],
            syntaxTrees: [],
            references: References.Value,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new RuleCheckerGenerator().AsSourceGenerator()],
            additionalTexts: InMemoryAdditionalText.From(files));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        List<RuleDiagnostic> ruleErrors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToRuleDiagnostic).ToList();
        if (ruleErrors.Count > 0) return (null, ruleErrors);

        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emit = output.Emit(stream);
        if (!emit.Success)
        {
            // Valid rules that do not compile are a StyleLint bug, not the newsroom's: say so plainly.
            string first = emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).ToString();
            throw new InvalidOperationException("Generated house-rule code did not compile (a StyleLint bug): " + first);
        }
        return (stream.ToArray(), []);
    }

    private static Checker[]? TryLoad(byte[] assembly, string key)
    {
        try
        {
            var context = new AssemblyLoadContext("StyleLint.HouseRules." + key[..16], isCollectible: true);
            Assembly loaded = context.LoadFromStream(new MemoryStream(assembly));
            Type? registry = loaded.GetType(RuleEmitter.GeneratedNamespace + "." + RuleEmitter.RegistryClassName);
            MethodInfo? create = registry?.GetMethod("CreateAll", BindingFlags.Public | BindingFlags.Static);
            return create?.Invoke(null, null) as Checker[];
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or TargetInvocationException or TypeLoadException)
        {
            return null;
        }
    }

    private static RuleDiagnostic ToRuleDiagnostic(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return new RuleDiagnostic(diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            new SourcePosition(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string[] trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> framework = trusted.Where(p => FrameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(p)));
        return framework.Append(typeof(Checker).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}

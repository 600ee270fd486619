using BenchmarkDotNet.Attributes;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Rules;
using StyleLint.Text;

namespace StyleLint.Benchmarks;

/// <summary>The full built-in pack over the whole corpus on one thread, and each rule alone over the same text.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PackBenchmarks
{
    private SourceText[] corpus = [];
    private Linter single = null!;

    public static IEnumerable<string> RuleIds => BuiltInRules.Checkers.Select(c => c.Rule.Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Load();
        single = new Linter([BuiltInRules.Checkers.Single(c => c.Rule.Id == Rule)]);
    }

    [Benchmark(Description = "one rule, whole corpus")]
    public int OneRule() => LintAll(single);

    private int LintAll(Linter linter)
    {
        int findings = 0;
        foreach (SourceText text in corpus) findings += linter.Lint(text, text.Path, LintConfig.Default).Findings.Count;
        return findings;
    }
}

/// <summary>The full pack over the whole corpus on one thread: the throughput figure.</summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private SourceText[] corpus = [];
    private Linter pack = null!;

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Load();
        pack = new Linter(BuiltInRules.Checkers);
        Console.WriteLine($"// corpus: {corpus.Length} articles, {Corpus.Megabytes(corpus):F2} MB");
    }

    [Benchmark(Description = "full pack, whole corpus, one thread")]
    public int FullPack()
    {
        int findings = 0;
        foreach (SourceText text in corpus) findings += pack.Lint(text, text.Path, LintConfig.Default).Findings.Count;
        return findings;
    }
}

using System.Diagnostics;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Rules;
using StyleLint.Text;

namespace StyleLint.Benchmarks;

/// <summary>
/// A fast look (tens of seconds) at the same figures as the BenchmarkDotNet runs: the pack's throughput on one
/// core and each rule's share, measured in CPU time of this thread so a busy machine disturbs them less. The
/// process's CPU time is printed beside the pack's: it adds the runtime's background work (the JIT recompiling hot
/// methods, which goes on for several passes; the GC), which dominated the figure once the lint itself got fast.
/// </summary>
public static class QuickFigures
{
    public static void Run()
    {
        SourceText[] corpus = Corpus.Load();
        double megabytes = Corpus.Megabytes(corpus);
        var pack = new Linter(BuiltInRules.Checkers);
        // Warm-up: data loading, regex compilation and the JIT's tiers (hot methods are recompiled optimised in the
        // background after enough calls: after three passes the fourth still ran at twice the steady cost).
        for (int pass = 0; pass < 8; pass++) Corpus.LintAll(pack, corpus);

        TimeSpan processStart = Process.GetCurrentProcess().TotalProcessorTime;
        double packSeconds = ThreadCpu.SecondsOf(() => Corpus.LintAll(pack, corpus));
        double processSeconds = (Process.GetCurrentProcess().TotalProcessorTime - processStart).TotalSeconds;
        Console.WriteLine($"corpus: {corpus.Length} articles, {megabytes:F2} MB; full pack ({BuiltInRules.Checkers.Count} rules), one thread:");
        Console.WriteLine($"  {packSeconds:F2} s CPU of this thread = {megabytes / packSeconds:F1} MB/s ({processSeconds:F2} s of the process, background JIT and GC included)");

        var costs = new List<(string Id, double Seconds)>();
        foreach (Checker checker in BuiltInRules.Checkers)
        {
            var single = new Linter([checker]);
            Corpus.LintAll(single, corpus.Take(100).ToArray());
            costs.Add((checker.Rule.Id, ThreadCpu.SecondsOf(() => Corpus.LintAll(single, corpus))));
        }
        double baseline = ThreadCpu.SecondsOf(() => Corpus.LintAll(new Linter([]), corpus));
        Console.WriteLine($"  markup, maps and findings with no rule: {baseline * 1000:F0} ms");
        Console.WriteLine("slowest rules, each alone over the corpus (includes the shared analysis it triggers):");
        foreach ((string id, double seconds) in costs.OrderByDescending(c => c.Seconds).Take(10))
        {
            Console.WriteLine($"  {id,-32} {seconds * 1000,7:F0} ms  {100 * seconds / costs.Sum(c => c.Seconds),5:F1}% of the rules' total");
        }
    }
}

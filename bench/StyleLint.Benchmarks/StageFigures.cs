using System.Diagnostics;
using StyleLint.Analysis;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Markup;
using StyleLint.Rules;
using StyleLint.Text;

namespace StyleLint.Benchmarks;

/// <summary>
/// Where the full pack's time goes, stage by stage: markup, each part of the shared analysis, then each checker's
/// own cost with the analysis already done (its marginal cost inside the pack, unlike <c>quick</c>, which runs each
/// rule alone and so charges it the analysis it triggers). Each stage is timed by the monotonic clock (a read costs
/// tens of nanoseconds; the thread's CPU clock, which the whole-pass line uses, costs about a microsecond a read, which
/// made the sum of ~45 stages of 1,700 articles twice the pass), and the bytes the thread allocated.
/// With a count (<c>stages 20</c>) it also loops the full pack that many times, for a profiler to attach.
/// </summary>
public static class StageFigures
{
    public static void Run(int loops)
    {
        SourceText[] corpus = Corpus.Load();
        double megabytes = Corpus.Megabytes(corpus);
        var pack = new Linter(BuiltInRules.Checkers);
        if (loops > 0)
        {
            for (int i = 0; i < loops; i++) Corpus.LintAll(pack, corpus);
            return;
        }
        // Warm-up: data loading, and the JIT's tiers (methods are recompiled with profile data over several passes;
        // measured after one, the name check looked twice as costly as it is).
        for (int pass = 0; pass < 8; pass++) Corpus.LintAll(pack, corpus);
        Measure(corpus, megabytes, warmUp: true);
        Measure(corpus, megabytes, warmUp: true);
        Measure(corpus, megabytes, warmUp: false);

        // The whole Linter (mapping, suppressions, sorting included) on this warm process, for comparison.
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        long thread = ThreadCpu.Ticks();
        TimeSpan process = Process.GetCurrentProcess().TotalProcessorTime;
        Corpus.LintAll(pack, corpus);
        double threadSeconds = (ThreadCpu.Ticks() - thread) / 1e9;
        double processSeconds = (Process.GetCurrentProcess().TotalProcessorTime - process).TotalSeconds;
        Console.WriteLine($"  whole Linter.Lint pass: {threadSeconds:F3} s CPU of this thread = {megabytes / threadSeconds:F1} MB/s " +
            $"({processSeconds:F3} s of the process, GC and JIT threads included); {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 1e6:F0} MB allocated");
    }

    private static void Measure(SourceText[] corpus, double megabytes, bool warmUp)
    {
        var stages = new Dictionary<string, (double Seconds, long Bytes)>();
        IReadOnlyList<Checker> checkers = BuiltInRules.Checkers;
        // As the Linter does: the token lists' first test is one pass for all of them (charged to the first list of
        // each case that asks, AbbreviationDots and Amidst).
        FirstWordPrefilter prefilter = FirstWordPrefilter.For(checkers);
        foreach (SourceText source in corpus)
        {
            ProseDocument prose = Time(stages, "markup", () => MarkupFormats.AdapterFor(MarkupFormats.FromPath(source.Path)).Extract(source));
            var document = new AnalyzedDocument(prose) { Prefilter = prefilter };
            // Letter runs first: words are built from them. The lower-case text is not a stage: no built-in rule reads it.
            Time(stages, "analysis: letter runs", () => document.LetterRuns);
            Time(stages, "analysis: words", () => document.Words);
            Time(stages, "analysis: sentences", () => document.Sentences);
            Time(stages, "analysis: quotes", () => document.QuoteAnalysis);
            Time(stages, "analysis: masks", () => document.Masks);
            Time(stages, "analysis: letter-run bits", () => document.LetterRunBits(false).Length + document.LetterRunBits(true).Length);
            foreach (RuleScope scope in Enum.GetValues<RuleScope>()) Time(stages, "analysis: units", () => document.Units(scope));
            var sink = new FindingSink(document);
            foreach (Checker checker in checkers) Time(stages, checker.Rule.Id, () => { checker.Check(document, sink); return 0; });
        }
        if (warmUp) return;

        double total = stages.Values.Sum(s => s.Seconds);
        Console.WriteLine($"corpus: {corpus.Length} articles, {megabytes:F2} MB; stages of the full pack, one thread, monotonic clock:");
        Console.WriteLine($"  sum of stages {total:F3} s = {megabytes / total:F1} MB/s; {stages.Values.Sum(s => s.Bytes) / 1e6:F0} MB allocated (the Linter's own mapping and sorting not included)");
        foreach ((string name, (double seconds, long bytes)) in stages.OrderByDescending(s => s.Value.Seconds))
        {
            Console.WriteLine($"  {name,-36} {seconds * 1000,7:F1} ms {100 * seconds / total,5:F1}%  {bytes / 1e6,7:F1} MB");
        }
    }

    private static T Time<T>(Dictionary<string, (double Seconds, long Bytes)> stages, string name, Func<T> stage)
    {
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        long ticks = Stopwatch.GetTimestamp();
        T result = stage();
        double elapsed = Stopwatch.GetElapsedTime(ticks).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        stages.TryGetValue(name, out (double Seconds, long Bytes) sum);
        stages[name] = (sum.Seconds + elapsed, sum.Bytes + allocated);
        return result;
    }
}

using System.Diagnostics;

namespace StyleLint.Diagnostics;

/// <summary>
/// Where a short run's time goes, printed to stderr when <c>STYLELINT_TIMINGS=1</c>: milliseconds since the process
/// started at each step (and the CPU time used so far, which a busy machine disturbs less, and the methods compiled
/// at run time so far: what ReadyToRun left to the JIT, and the JIT's time on them), each rule's time on
/// each document, and the assemblies loaded. Off by default: each check costs one field read.
/// </summary>
public static class StartupTimings
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("STYLELINT_TIMINGS") == "1";

    private static readonly object Gate = new();

    /// <summary>Notes that a step is done, with the time since the process started (runtime start-up included).</summary>
    public static void Mark(string step)
    {
        if (!Enabled) return;
        using Process self = Process.GetCurrentProcess();
        double sinceStart = (DateTime.Now - self.StartTime).TotalMilliseconds;
        Write($"{sinceStart,8:F1} ms  {step} (CPU so far {self.TotalProcessorTime.TotalMilliseconds:F0} ms; " +
            $"JIT so far {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
    }

    /// <summary>How long one piece of work took (a rule on a document, a data file loading).</summary>
    public static void Report(string what, TimeSpan elapsed)
    {
        if (Enabled) Write($"{elapsed.TotalMilliseconds,8:F1} ms    {what}");
    }

    /// <summary>The assemblies the run loaded: each costs start-up time and memory, so none should be there unused.</summary>
    public static void ListAssemblies()
    {
        if (!Enabled) return;
        string[] names = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "?").Order(StringComparer.Ordinal).ToArray();
        Write($"{names.Length} assemblies loaded: {string.Join(", ", names)}");
        Write($"working set {Environment.WorkingSet / 1_000_000} MB now; GC heap {GC.GetTotalMemory(false) / 1_000_000} MB; {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2)");
    }

    private static void Write(string line)
    {
        lock (Gate) Console.Error.WriteLine("stylelint timings: " + line);
    }
}

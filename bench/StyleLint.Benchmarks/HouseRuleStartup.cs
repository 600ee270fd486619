using System.Diagnostics;
using StyleLint.HouseRules;

namespace StyleLint.Benchmarks;

/// <summary>
/// What a newsroom's house pack costs at start-up: 50 rules compiled by the generator with an empty cache, then
/// loaded from the cache by a new compiler (as the next `stylelint check` does).
/// </summary>
public static class HouseRuleStartup
{
    public static void Run()
    {
        string folder = Path.Combine(Path.GetTempPath(), "stylelint-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            RuleFile[] pack = Enumerable.Range(1, 50).Select(HouseRule).ToArray();
            var cache = new CompiledRuleCache(Path.Combine(folder, "cache"));

            var clock = Stopwatch.StartNew();
            HouseRuleSet first = new HouseRuleCompiler(cache).Compile(pack);
            double compile = clock.Elapsed.TotalMilliseconds;
            if (!first.Succeeded) throw new InvalidOperationException(string.Join("\n", first.Diagnostics));

            var cached = new List<double>();
            for (int i = 0; i < 5; i++)
            {
                clock.Restart();
                HouseRuleSet again = new HouseRuleCompiler(cache).Compile(pack);
                cached.Add(clock.Elapsed.TotalMilliseconds);
                if (!again.FromCache) throw new InvalidOperationException("the second compile did not come from the cache");
            }

            Console.WriteLine($"house pack of {first.Checkers.Count} rules (existence, substitution, pattern, consistency in turn)");
            Console.WriteLine($"  first run, empty cache (generator + Roslyn emit + load): {compile,8:F0} ms  (includes loading Roslyn in this process)");
            Console.WriteLine($"  cached start-up (read + verify + load + create):         {cached.Min(),8:F1} ms  (best of 5; first {cached[0]:F1} ms)");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static RuleFile HouseRule(int n)
    {
        string head = $"id: House.Rule{n:00}\nmessage: \"House rule {n}: '{{match}}'.\"\nseverity: warning\n";
        string body = (n % 4) switch
        {
            0 => $"kind: existence\ntokens: [word{n}a, phrase number {n}]\nexamples: {{ bad: [\"It has word{n}a in it.\"], good: [\"Nothing here.\"] }}\n",
            1 => $"kind: substitution\nswap: {{ wrong{n}: right{n} }}\nexamples: {{ bad: [\"A wrong{n} word.\"], good: [\"A right{n} word.\"] }}\n",
            2 => $"kind: pattern\npattern: '\\b{n}(\\d)x\\b'\nexamples: {{ bad: [\"Take {n}5x now.\"], good: [\"Take {n}5 now.\"] }}\n",
            _ => $"kind: consistency\neither:\n  a: {{ tokens: [alpha{n}] }}\n  b: {{ tokens: [beta{n}] }}\nexamples: {{ bad: [\"alpha{n} and beta{n} and alpha{n}\"], good: [\"alpha{n} only\"] }}\n",
        };
        return new RuleFile($"house/Rule{n:00}.yml", head + body);
    }
}

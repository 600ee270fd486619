using System.Diagnostics;
using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Rules;
using StyleLint.Text;

namespace StyleLint.Benchmarks;

/// <summary>
/// Whether cost grows linearly with the size of one document: the corpus articles joined into one long plain-text
/// document (one paragraph per line, as the corpus is) and cut at 100 KB, 500 KB, 1 MB and 2 MB (or the sizes
/// given), linted by the whole pack and by each rule alone. CPU milliseconds per MB should stay flat across sizes;
/// a rule whose ms/MB grows with the size is superlinear.
/// </summary>
public static class SizeSweep
{
    public static void Run(string[] sizesInKilobytes)
    {
        int[] sizes = sizesInKilobytes.Length > 0 ? sizesInKilobytes.Select(int.Parse).ToArray() : [100, 500, 1000, 2000];
        string joined = string.Join("\n", Corpus.Load().Select(t => t.Text.TrimEnd('\n')));
        var pack = new Linter(BuiltInRules.Checkers);
        pack.LintText(joined[..20_000], "warm-up.txt");

        Console.WriteLine($"{"size",8} {"whole pack",12} {"ms/MB",8}   slowest rules alone (ms/MB)");
        foreach (int kilobytes in sizes)
        {
            string text = Cut(joined, kilobytes * 1000);
            double megabytes = kilobytes / 1000.0;
            double whole = Cpu(() => pack.LintText(text, "sweep.txt"));
            var perRule = new List<(string Id, double Seconds)>();
            perRule.Add(("(no rule)", Cpu(() => new Linter([]).LintText(text, "sweep.txt"))));
            foreach (Checker checker in BuiltInRules.Checkers)
            {
                perRule.Add((checker.Rule.Id, Cpu(() => new Linter([checker]).LintText(text, "sweep.txt"))));
            }
            string slowest = string.Join(", ", perRule.OrderByDescending(r => r.Seconds).Take(4).Select(r => $"{r.Id} {r.Seconds * 1000 / megabytes:F0}"));
            Console.WriteLine($"{kilobytes,6}KB {whole * 1000,10:F0}ms {whole * 1000 / megabytes,8:F0}   {slowest}");
        }
    }

    /// <summary>The text cut at the last line end before the given number of characters (repeated if short).</summary>
    private static string Cut(string joined, int characters)
    {
        while (joined.Length < characters) joined = joined + "\n" + joined;
        int end = joined.LastIndexOf('\n', characters - 1);
        return joined[..(end > 0 ? end : characters)];
    }

    private static double Cpu(Action action)
    {
        TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
    }
}

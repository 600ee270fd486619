using StyleLint.Checking;
using StyleLint.Config;
using StyleLint.Engine;
using StyleLint.Rules;
using StyleLint.Text;

namespace StyleLint.Benchmarks;

/// <summary>
/// What one rule costs the full pack, the way a user pays it: the whole pack's CPU time over the corpus with the rule
/// and without it, side by side in alternating rounds (so load on the machine falls on both alike). The rule's share
/// is 1 − without / with. Unlike <c>stages</c>, no timer runs inside the pass. Then the same, interleaved article by
/// article, which a noisy machine disturbs far less.
/// </summary>
public static class RuleShare
{
    public static void Run(string ruleId, int rounds)
    {
        SourceText[] corpus = Corpus.Load();
        double megabytes = Corpus.Megabytes(corpus);
        IReadOnlyList<Checker> all = BuiltInRules.Checkers;
        if (!all.Any(c => c.Rule.Id == ruleId)) throw new ArgumentException($"no built-in rule {ruleId}");
        var with = new Linter(all);
        var without = new Linter([.. all.Where(c => c.Rule.Id != ruleId)]);
        for (int pass = 0; pass < 3; pass++)
        {
            Corpus.LintAll(with, corpus);
            Corpus.LintAll(without, corpus);
        }

        double Pass(Linter linter) => ThreadCpu.SecondsOf(() => Corpus.LintAll(linter, corpus));

        var withSeconds = new List<double>();
        var withoutSeconds = new List<double>();
        var shares = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            // Which runs first alternates, so whatever one pass leaves behind (garbage to collect, caches filled)
            // falls on both alike.
            double a, b;
            if (round % 2 == 0)
            {
                a = Pass(with);
                b = Pass(without);
            }
            else
            {
                b = Pass(without);
                a = Pass(with);
            }
            withSeconds.Add(a);
            withoutSeconds.Add(b);
            shares.Add(1 - b / a);
        }
        Console.WriteLine($"corpus: {corpus.Length} articles, {megabytes:F2} MB; whole Linter.Lint passes, one thread, CPU time of this thread, {rounds} alternating rounds:");
        Console.WriteLine($"  full pack median {Median(withSeconds):F3} s = {megabytes / Median(withSeconds):F1} MB/s (min {withSeconds.Min():F3} s)");
        Console.WriteLine($"  without {ruleId} median {Median(withoutSeconds):F3} s = {megabytes / Median(withoutSeconds):F1} MB/s (min {withoutSeconds.Min():F3} s)");
        Console.WriteLine($"  {ruleId} costs {100 * Median(shares):F1}% of the pack's time (median of the rounds; range {100 * shares.Min():F1}-{100 * shares.Max():F1}%; " +
            $"{100 * (1 - Median(withoutSeconds) / Median(withSeconds)):F1}% from the two medians, " +
            $"{100 * (1 - withoutSeconds.Min() / withSeconds.Min()):F1}% from the two fastest rounds, the least disturbed on a busy machine)");

        // The same comparison interleaved article by article: each article is linted with the rule and without it,
        // one right after the other (which goes first alternates), so a slow spell of the machine (a neighbour's
        // build, the host taking the core) falls on both within microseconds instead of on one whole pass.
        double withTotal = 0, withoutTotal = 0;
        var roundShares = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            double withRound = 0, withoutRound = 0;
            for (int i = 0; i < corpus.Length; i++)
            {
                SourceText text = corpus[i];
                bool withFirst = (i + round) % 2 == 0;
                if (withFirst) withRound += Seconds(with, text);
                withoutRound += Seconds(without, text);
                if (!withFirst) withRound += Seconds(with, text);
            }
            withTotal += withRound;
            withoutTotal += withoutRound;
            roundShares.Add(1 - withoutRound / withRound);
        }
        Console.WriteLine($"  interleaved article by article (monotonic clock, {rounds} rounds): full pack {withTotal / rounds:F3} s a pass, without {ruleId} " +
            $"{withoutTotal / rounds:F3} s: {ruleId} costs {100 * (1 - withoutTotal / withTotal):F1}% (rounds {100 * roundShares.Min():F1}-{100 * roundShares.Max():F1}%, median {100 * Median(roundShares):F1}%)");
    }

    /// <summary>Seconds one lint of one article took, by the monotonic clock (tens of nanoseconds a read).</summary>
    private static double Seconds(Linter linter, SourceText text)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        linter.Lint(text, text.Path, LintConfig.Default);
        return System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }
}

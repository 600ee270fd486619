using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using StyleLint.Benchmarks;

// dotnet run -c Release --project bench/StyleLint.Benchmarks -- quick|throughput|rules|stages [loops]|share [rule] [rounds]|house|sizes [KB...]
string what = args.Length > 0 ? args[0] : "quick";
switch (what)
{
    case "quick":
        QuickFigures.Run();
        break;
    case "throughput":
        Summary summary = BenchmarkRunner.Run<ThroughputBenchmarks>();
        double megabytes = Corpus.Megabytes(Corpus.Load());
        foreach (BenchmarkReport report in summary.Reports.Where(r => r.ResultStatistics != null))
        {
            Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {megabytes / (report.ResultStatistics!.Mean / 1e9):F1} MB/s");
        }
        break;
    case "rules":
        BenchmarkRunner.Run<PackBenchmarks>();
        break;
    case "sizes":
        SizeSweep.Run(args[1..]);
        break;
    case "stages":
        StageFigures.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0);
        break;
    case "share":
        RuleShare.Run(args.Length > 1 ? args[1] : "News.RunTogether", args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
        break;
    case "house":
        HouseRuleStartup.Run();
        break;
    default:
        Console.Error.WriteLine("usage: StyleLint.Benchmarks quick|throughput|rules|stages [loops]|share [rule] [rounds]|house|sizes [KB...]");
        return 2;
}
return 0;

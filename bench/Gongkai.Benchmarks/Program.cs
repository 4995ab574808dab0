using System.Globalization;
using BenchmarkDotNet.Running;

// scripts/bench.sh [--filter '*ParseAudit*'] — every benchmark, or those the filter names.
// scripts/bench.sh register [--applications N] — the register's figures (annual tables, import, deadlines), medians.
if (args.Length > 0 && args[0] == "register")
{
    return Gongkai.Benchmarks.RegisterBench.Run(args[1..]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// Derived figures: a single-threaded median is the cost on one core.
foreach (var summary in summaries)
{
    foreach (var report in summary.Reports)
    {
        if (report.ResultStatistics is not { } stats)
        {
            continue;
        }

        var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
        if (report.BenchmarkCase.Descriptor.Type == typeof(Gongkai.Benchmarks.FormatReadBenchmarks))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {report.BenchmarkCase.Parameters.PrintInfo}: median {stats.Median / 1e6:F3} ms per report"));
            continue;
        }

        if (method is "Render" or "RenderPdf" or "ReadAuthoringFile")
        {
            var what = method == "RenderPdf" ? "pdf (Chromium included)" : method == "ReadAuthoringFile" ? "read authoring file" : report.BenchmarkCase.Parameters.PrintInfo;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render {what}: median {stats.Median / 1e6:F3} ms per report"));
            continue;
        }

        if (!method.Contains("ParseAndAudit", StringComparison.Ordinal))
        {
            continue;
        }

        var medianUs = stats.Median / 1000.0;
        var perSecond = 1e9 / stats.Median;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"parse+audit {report.BenchmarkCase.Parameters.PrintInfo}: median {medianUs:F1} µs per report = {perSecond:N0} reports per second per core (goal 20,000)"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores; medians, not means, because the machines are noisy"));
return 0;

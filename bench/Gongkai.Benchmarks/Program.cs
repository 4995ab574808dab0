using System.Globalization;
using BenchmarkDotNet.Running;

// scripts/bench.sh [--filter '*ParseAudit*'] — every benchmark, or those the filter names.
// scripts/bench.sh register [--applications N] — the register's figures (annual tables, import, deadlines), medians.
if (args.Length > 0 && args[0] == "register")
{
    return Gongkai.Benchmarks.RegisterBench.Run(args[1..]);
}

// scripts/bench.sh loop [seconds] — parse+audit round and round, a workload for a profiler.
if (args.Length > 0 && args[0] == "loop")
{
    return Gongkai.Benchmarks.ProfileLoop.Run(args[1..]);
}

// scripts/bench.sh phases [rounds] — time and allocations per phase and per rule, a guide for optimising.
if (args.Length > 0 && args[0] == "phases")
{
    return Gongkai.Benchmarks.PhaseBreakdown.Run(args[1..]);
}

// scripts/bench.sh --pdf-ratio — the PDF reader over pdftotext alone, measured interleaved.
if (args.Contains("--pdf-ratio"))
{
    Gongkai.Benchmarks.PdfRatio.Run();
    return 0;
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

// The PDF reader against pdftotext alone on the same file (goal: within 1.3 times).
foreach (var summary in summaries)
{
    var alone = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "PdftotextAlone")?.ResultStatistics;
    var read = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "Read")?.ResultStatistics;
    if (alone is not null && read is not null)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pdf: read median {read.Median / 1e6:F2} ms, pdftotext alone {alone.Median / 1e6:F2} ms, ratio {read.Median / alone.Median:F2} (goal 1.30)"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores; medians, not means, because the machines are noisy"));
return 0;

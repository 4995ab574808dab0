using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gongkai.Formats;
using Gongkai.Formats.Pdf;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>
/// Rendering one report as PDF, Chromium included (it starts, prints and exits for each report). Few iterations: one
/// takes about a second. Without Chromium the benchmark fails and says so.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class PdfRenderBenchmarks
{
    private ReportModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = RenderInputs.Report();

    [Benchmark]
    public long RenderPdf()
    {
        using var ms = new MemoryStream(1024 * 1024);
        var result = PdfWriter.Instance.Write(_model, ms, WriterOptions.Default);
        return result.Written ? ms.Length : throw new InvalidOperationException("Chromium is not available: " + string.Join(", ", result.Diagnostics.Select(d => d.Id)));
    }
}

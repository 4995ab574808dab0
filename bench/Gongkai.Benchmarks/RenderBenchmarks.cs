using BenchmarkDotNet.Attributes;
using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>
/// Rendering one report (samples/clean-2024-qinghe-eco.txt: full tables, about 4 KB of prose) in each format,
/// single-threaded, to memory. The medians are the time per report; PDF, which starts Chromium, has its own benchmark
/// (<see cref="PdfRenderBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private ReportModel _model = null!;

    [Params("docx", "html", "md", "txt", "yaml")]
    public string Format { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _model = RenderInputs.Report();

    [Benchmark]
    public long Render()
    {
        using var ms = new MemoryStream(64 * 1024);
        FormatRegistry.Default.FindWriter(Format)!.Write(_model, ms, WriterOptions.Default);
        return ms.Length;
    }
}

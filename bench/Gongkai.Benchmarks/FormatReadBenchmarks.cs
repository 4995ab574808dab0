using BenchmarkDotNet.Attributes;
using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>
/// Reading one report-sized document of each format the repository has test documents for (the same report, 青禾市
/// 生态环境局 2024, as text, HTML, DOCX and PDF), from bytes to model: the per-format cost of `gongkai check`'s reading.
/// </summary>
[MemoryDiagnoser]
public class FormatReadBenchmarks
{
    private ReportSource _source = null!;

    public static IEnumerable<string> Documents()
    {
        string[] candidates =
        [
            "samples/clean-2024-qinghe-eco.txt",
            "tests/corpus/html/qinghe-eco-2024-portal.html",
            "tests/corpus/docx/qinghe-2024-layout.docx",
            "tests/corpus/pdf/qinghe-2024.chromium.pdf",
        ];
        return candidates.Where(c => File.Exists(Path.Combine(BenchInputs.RepoRoot, c)));
    }

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _source = ReportSource.FromFile(Path.Combine(BenchInputs.RepoRoot, Document));

    [Benchmark]
    public ReportModel Read() => FormatRegistry.Default.Read(_source).Value!;
}

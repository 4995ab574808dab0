using BenchmarkDotNet.Attributes;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>
/// Reading one report-sized Word document (a sample report with its three full tables: about 10 KB of DOCX, 30 KB of
/// XML), single-threaded: the zip checks, the XML prescan, the SDK's tree, the body walk and the assembler. One made
/// by LibreOffice from HTML (plain runs, many properties), one built with the SDK (text boxes around two tables).
/// </summary>
[MemoryDiagnoser]
public class DocxReaderBenchmarks
{
    private ReportSource _source = null!;

    public static IEnumerable<string> Documents => ["linchuan-2023.docx", "qinghe-2024-textboxes.docx"];

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(BenchInputs.RepoRoot, "tests", "corpus", "docx", Document);
        _source = ReportSource.FromFile(path);
        if (DocxReader.Instance.Read(_source, ReaderOptions.Default).Value is null)
        {
            throw new InvalidOperationException(path + " did not read");
        }
    }

    [Benchmark]
    public ReportModel ReadDocx() => DocxReader.Instance.Read(_source, ReaderOptions.Default).Value!;
}

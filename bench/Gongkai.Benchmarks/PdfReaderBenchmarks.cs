using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Gongkai.Formats;
using Gongkai.Formats.Pdf;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>
/// The PDF reader against pdftotext alone on the same file. Most of a read is pdftotext's (a child process); the
/// goal is a full read (pdftotext, the XHTML parsed, tables rebuilt, the report assembled) within 1.3 times
/// pdftotext alone. Reads hongze-2023.pdf from ../shared; where ../shared is absent, our own
/// tests/corpus/pdf/qinghe-2024.chromium.pdf, so that the benchmark still runs.
/// </summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private string _path = string.Empty;
    private ReportSource _source = null!;
    private byte[] _xhtml = [];

    public static IEnumerable<string> Files
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(BenchInputs.RepoRoot, "..", "shared", "corpus", "real", "hongze-2023.pdf"));
            yield return File.Exists(shared) ? "hongze-2023" : "qinghe-2024.chromium";
        }
    }

    [ParamsSource(nameof(Files))]
    public string Pdf { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Pdf == "hongze-2023"
            ? Path.GetFullPath(Path.Combine(BenchInputs.RepoRoot, "..", "shared", "corpus", "real", "hongze-2023.pdf"))
            : Path.Combine(BenchInputs.RepoRoot, "tests", "corpus", "pdf", Pdf + ".pdf");
        _source = ReportSource.FromFile(_path);
        _xhtml = PdftotextAlone();
        BboxParser.Sanitize(_xhtml);
        if (FormatRegistry.Default.Read(_source).Value is null)
        {
            throw new InvalidOperationException("the PDF could not be read: is poppler-utils installed?");
        }
    }

    /// <summary>pdftotext -bbox-layout on the file, its output read to the end: the floor for any reader built on it.</summary>
    [Benchmark(Baseline = true)]
    public byte[] PdftotextAlone()
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-bbox-layout");
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(_path);
        start.ArgumentList.Add("-");
        using var p = Process.Start(start)!;
        using var buffer = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(buffer);
        p.WaitForExit();
        return buffer.ToArray();
    }

    /// <summary>The whole read: bytes to a temporary file, pdftotext, parse, rebuild, assemble.</summary>
    [Benchmark]
    public ReportModel Read() => FormatRegistry.Default.Read(_source).Value!;

    /// <summary>Only what the reader adds after pdftotext: parse the XHTML, rebuild the layout, assemble the report.</summary>
    [Benchmark]
    public ReportModel LayoutAndAssembly()
    {
        using var stream = new MemoryStream(_xhtml, writable: false);
        var pages = BboxParser.Parse(stream, out _);
        return Formats.Assembly.ReportAssembler.Assemble(PdfLayoutBuilder.Build(pages), _path).Value!;
    }
}

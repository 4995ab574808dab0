using BenchmarkDotNet.Attributes;
using Gongkai.Formats;
using Gongkai.Reports;
using Gongkai.Rules;

namespace Gongkai.Benchmarks;

/// <summary>
/// Reading and auditing one example-sized report (about 6 KB of text, three full tables), single-threaded: the median
/// is the time per report on one core. Program prints reports per second per core from it.
/// </summary>
[MemoryDiagnoser]
public class ParseAuditBenchmarks
{
    private ReportSource _source = null!;
    private ReportModel _model = null!;

    public static IEnumerable<string> Reports => BenchInputs.ExampleSized().Select(Path.GetFileNameWithoutExtension)!;

    [ParamsSource(nameof(Reports))]
    public string Report { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchInputs.ExampleSized().First(p => Path.GetFileNameWithoutExtension(p) == Report);
        _source = ReportSource.FromFile(path);
        _model = FormatRegistry.Default.Read(_source).Value!;
    }

    [Benchmark]
    public ReportModel Parse() => FormatRegistry.Default.Read(_source).Value!;

    [Benchmark]
    public AuditReport Audit() => Auditor.Default.Audit(_model);

    [Benchmark]
    public AuditReport ParseAndAudit()
    {
        var r = FormatRegistry.Default.Read(_source);
        return Auditor.Default.Audit(r.Value!, r.Diagnostics);
    }
}

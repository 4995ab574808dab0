using BenchmarkDotNet.Attributes;
using Gongkai.Formats.Authoring;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>Reading an authoring file (YAML, totals derived) into the model: the other half of `render` from a file.</summary>
[MemoryDiagnoser]
public class AuthoringReadBenchmarks
{
    private string _yaml = string.Empty;

    [GlobalSetup]
    public void Setup() => _yaml = AuthoringFile.Write(RenderInputs.Report());

    [Benchmark]
    public ReportModel ReadAuthoringFile() => AuthoringFile.Read(_yaml).Value!;
}

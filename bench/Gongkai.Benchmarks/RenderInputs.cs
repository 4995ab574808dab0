using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>The report the render benchmarks write: a clean 2021-format sample with every table full.</summary>
internal static class RenderInputs
{
    public static ReportModel Report() =>
        FormatRegistry.Default.Read(ReportSource.FromFile(Path.Combine(BenchInputs.RepoRoot, "samples", "clean-2024-qinghe-eco.txt"))).Value!;
}

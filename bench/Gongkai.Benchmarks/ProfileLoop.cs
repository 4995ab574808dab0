using System.Diagnostics;
using System.Globalization;
using Gongkai.Formats;
using Gongkai.Rules;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>scripts/bench.sh loop [seconds]</c>: parse and audit the example-sized reports round and round on one thread for a
/// while, printing the mean per report. Not a measurement to quote (use the ParseAudit benchmark for that) but a
/// steady workload to attach a profiler to: <c>dotnet-trace collect -- dotnet Gongkai.Benchmarks.dll loop 20</c>.
/// </summary>
internal static class ProfileLoop
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var sources = BenchInputs.ExampleSized().Select(ReportSource.FromFile).ToArray();
        var n = 0L;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            foreach (var s in sources)
            {
                var r = FormatRegistry.Default.Read(s);
                Auditor.Default.Audit(r.Value!, r.Diagnostics);
                n++;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} reports in {sw.Elapsed.TotalSeconds:F1} s: mean {sw.Elapsed.TotalMilliseconds * 1000 / n:F1} µs per report"));
        return 0;
    }
}

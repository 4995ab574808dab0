using System.Globalization;
using Gongkai.Formats;

namespace Gongkai.Benchmarks;

/// <summary>
/// The PDF reader's time over pdftotext's, measured interleaved (one of each, in turn, many times) so that a busy
/// machine slows both alike: BenchmarkDotNet measures one method after the other, and on a shared two-core machine
/// the load can change between them. <c>scripts/bench.sh --pdf-ratio</c>.
/// </summary>
internal static class PdfRatio
{
    public static void Run(int rounds = 200)
    {
        var bench = new PdfReaderBenchmarks { Pdf = PdfReaderBenchmarks.Files.First() };
        bench.Setup();
        for (var i = 0; i < 20; i++)
        {
            bench.PdftotextAlone();
            bench.Read();
        }

        var alone = new List<double>(rounds);
        var read = new List<double>(rounds);
        var clock = new System.Diagnostics.Stopwatch();
        for (var i = 0; i < rounds; i++)
        {
            clock.Restart();
            bench.PdftotextAlone();
            alone.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            bench.Read();
            read.Add(clock.Elapsed.TotalMilliseconds);
        }

        var a = Median(alone);
        var r = Median(read);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pdf {bench.Pdf}, {rounds} interleaved rounds: read median {r:F2} ms, pdftotext alone median {a:F2} ms, ratio {r / a:F2} (goal 1.30)"));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

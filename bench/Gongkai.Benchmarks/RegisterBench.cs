using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Calendar;
using Gongkai.Cases;
using Gongkai.Cases.Demo;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;

namespace Gongkai.Benchmarks;

/// <summary>
/// The register's figures, as medians of repeated runs (the operations are too large for BenchmarkDotNet's
/// thousands of iterations): the annual tables of a register of 1,000,000 applications on SQLite, a CSV import of
/// 100,000 rows, and the deadline of one case.
/// </summary>
public static class RegisterBench
{
    private sealed class Fixed(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
    }

    public static int Run(string[] args)
    {
        var n = args.Length >= 2 && args[0] == "--applications" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var dir = Directory.CreateTempSubdirectory("gongkai-bench-").FullName;
        try
        {
            var today = new DateOnly(2026, 1, 20);
            var clock = new Fixed(today);
            var deadlines = new ApplicationDeadlines(WorkingDayCalendar.Default, clock);
            Deadline(deadlines);
            AnnualTables(Path.Combine(dir, "million.db"), deadlines, clock, today, n);
            Import(Path.Combine(dir, "import.db"), deadlines, clock, today);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores; medians"));
        return 0;
    }

    private static void Deadline(ApplicationDeadlines deadlines)
    {
        var w = new ApplicationWorkflow(deadlines);
        var app = w.Receive("B-1", "李某", ApplicantType.NaturalPerson, Calendar.Deadlines.ReceiptChannel.Online, new DateOnly(2025, 9, 26), "x");
        var withAll = w.Extend(w.AnswerConsultation(w.StartConsultation(w.ReceiveCorrection(w.RequestCorrection(app, new DateOnly(2025, 9, 29)), new DateOnly(2025, 10, 10)), Calendar.Deadlines.ConsultationKind.ThirdParty, "某公司", new DateOnly(2025, 10, 15)), new DateOnly(2025, 10, 28)), new DateOnly(2025, 11, 3), 20, "主任");
        foreach (var (name, a) in new[] { ("plain", app), ("补正 + consultation + extension", withAll) })
        {
            const int Iterations = 1_000_000;
            var samples = new List<double>();
            for (var round = 0; round < 7; round++)
            {
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < Iterations; i++)
                {
                    _ = deadlines.Compute(a);
                }

                samples.Add(sw.Elapsed.TotalNanoseconds / Iterations);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deadline per case ({name}): median {Median(samples):F0} ns (goal < 1 µs)"));
        }
    }

    private static void AnnualTables(string path, ApplicationDeadlines deadlines, TimeProvider clock, DateOnly today, int n)
    {
        using var store = RegisterStore.Open(path);
        var reg = new Register(store, deadlines, clock, "bench");
        var sw = Stopwatch.StartNew();
        var data = new DemoGenerator(reg.Workflow).Generate(new DemoOptions(2021, 2025, n / 5, 1, today));
        reg.LoadDemo(data);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"register of {data.Applications.Count:N0} applications (2021–2025) generated and written in {sw.Elapsed.TotalSeconds:F1} s"));
        var samples = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            sw.Restart();
            var result = reg.Annual(2025);
            samples.Add(sw.Elapsed.TotalMilliseconds);
            GC.KeepAlive(result);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"annual tables of 2025 from {data.Applications.Count:N0} applications (SQLite): median {Median(samples):F0} ms (goal < 1 s)"));
    }

    private static void Import(string path, ApplicationDeadlines deadlines, TimeProvider clock, DateOnly today)
    {
        var sb = new StringBuilder("编号,申请人,申请人类型,提交方式,收到日期,申请内容,办理结果,办结日期\n");
        var start = new DateOnly(2025, 1, 2);
        for (var i = 1; i <= 100_000; i++)
        {
            var received = start.AddDays(i % 330);
            sb.Append(CultureInfo.InvariantCulture, $"I-{i:D6},申请人{i % 5000},自然人,网络,{received:yyyy-MM-dd},某文件{i},予以公开,{received.AddDays(10):yyyy-MM-dd}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        var samples = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var file = path + round.ToString(CultureInfo.InvariantCulture);
            using var store = RegisterStore.Open(file);
            var reg = new Register(store, deadlines, clock, "bench");
            var sw = Stopwatch.StartNew();
            var result = reg.ImportCsv(bytes);
            samples.Add(sw.Elapsed.TotalSeconds);
            if (!result.Ok)
            {
                throw new InvalidOperationException(result.Errors[0].Zh);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CSV import of 100,000 rows (checked, replayed, written with a history line each, SQLite): median {Median(samples):F2} s"));
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs[xs.Count / 2];
    }
}

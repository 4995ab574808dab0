using System.Diagnostics;
using System.Globalization;
using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Decoding;
using Gongkai.Formats.Layout;
using Gongkai.Formats.PlainText;
using Gongkai.Rules;
using Gongkai.Schema;

namespace Gongkai.Benchmarks;

/// <summary>
/// <c>scripts/bench.sh phases</c>: where the time and the allocations of parse+audit go, phase by phase and rule by
/// rule, as means over many rounds of the example-sized reports. A guide for optimising, not a figure to quote (the
/// phases are timed one after another with a stopwatch; the ParseAudit benchmark gives the medians).
/// </summary>
internal static class PhaseBreakdown
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3000;
        var sources = BenchInputs.ExampleSized().Select(ReportSource.FromFile).ToArray();
        var phases = new Dictionary<string, (double Ticks, long Bytes)>();
        void Measure(string name, Action action)
        {
            var b0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = Stopwatch.GetTimestamp();
            action();
            var t1 = Stopwatch.GetTimestamp();
            var b1 = GC.GetAllocatedBytesForCurrentThread();
            var (t, b) = phases.GetValueOrDefault(name);
            phases[name] = (t + (t1 - t0), b + (b1 - b0));
        }

        for (var round = -200; round < rounds; round++)
        {
            if (round == 0)
            {
                phases.Clear();
            }

            foreach (var s in sources)
            {
                Measure("detect", () => FormatRegistry.Default.Detect(s.Bytes.Span));
                string text = string.Empty;
                Measure("decode", () => text = TextDecoder.Decode(s.Bytes.Span).Text);
                LayoutDocument layout = null!;
                Measure("layout", () => layout = PlainTextReaderCore.BuildLayout(text));
                Measure("sections", () => SectionFinder.Find(layout, ReportSchema.Edition2021));
                TableInterpreter tables = null!;
                Measure("tables: read rows", () =>
                {
                    var found = SectionFinder.Find(layout, ReportSchema.Edition2021);
                    tables = new TableInterpreter(layout);
                    for (var i = 0; i < layout.Blocks.Length; i++)
                    {
                        if (layout.Blocks[i] is LayoutTable table)
                        {
                            tables.Add(table, found.BlockSections[i]);
                        }
                    }
                });
                Measure("tables: map", () => new TableMapper(ReportSchema.Edition2021, []).Map(tables));
                Reports.ReportModel model = null!;
                Measure("assemble (all)", () => model = ReportAssembler.Assemble(layout, s.Name).Value!);
                foreach (var rule in Auditor.Default.Rules)
                {
                    Measure("rule " + rule.Descriptor.Id, () => rule.Check(model, RuleContext.Default));
                }

                Measure("audit (all)", () => Auditor.Default.Audit(model));
            }
        }

        var n = (double)rounds * sources.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"phase",-20} {"µs/report",10} {"KB/report",10}"));
        foreach (var (name, (ticks, bytes)) in phases.OrderByDescending(p => p.Value.Ticks))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {ticks * 1e6 / Stopwatch.Frequency / n,10:F2} {bytes / 1024.0 / n,10:F1}"));
        }

        Console.WriteLine("(the sections phase runs again inside 'tables: read rows'; rules run alone repeat the shared claim extraction)");
        return 0;
    }
}

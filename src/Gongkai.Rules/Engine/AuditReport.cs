using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>A report, what its reader noticed, and what every rule concluded.</summary>
public sealed record AuditReport(ReportModel Report, ImmutableArray<Diagnostic> ReaderDiagnostics, ImmutableArray<RuleResult> Results)
{
    /// <summary>Reader diagnostics and rule findings, most severe first, then in document order.</summary>
    public ImmutableArray<Diagnostic> Findings { get; } = Order(ReaderDiagnostics, Results);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public int Errors => Count(Severity.Error);

    public int Warnings => Count(Severity.Warning);

    public int Infos => Count(Severity.Info);

    public RuleResult? Result(string ruleId) => Results.FirstOrDefault(r => r.RuleId == ruleId);

    private static ImmutableArray<Diagnostic> Order(ImmutableArray<Diagnostic> reader, ImmutableArray<RuleResult> results)
    {
        var count = reader.Length;
        foreach (var r in results)
        {
            count += r.Findings.Length;
        }

        if (count == 0)
        {
            return [];
        }

        var all = new Diagnostic[count];
        reader.CopyTo(all);
        var i = reader.Length;
        foreach (var r in results)
        {
            r.Findings.CopyTo(all, i);
            i += r.Findings.Length;
        }

        // stable: equal keys keep rule order (List.Sort is not stable, so the index breaks ties)
        var order = new int[count];
        for (var k = 0; k < count; k++)
        {
            order[k] = k;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = all[a];
            var y = all[b];
            var c = y.Severity.CompareTo(x.Severity);
            if (c == 0)
            {
                c = Start(x).CompareTo(Start(y));
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(x.Id, y.Id);
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new Diagnostic[count];
        for (var k = 0; k < count; k++)
        {
            sorted[k] = all[order[k]];
        }

        return ImmutableArray.Create(sorted);
    }

    private static int Start(Diagnostic d) => d.Primary.IsNone ? int.MaxValue : d.Primary.Span.Start;
}

using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>A report, what its reader noticed, and what every rule concluded.</summary>
public sealed record AuditReport(ReportModel Report, ImmutableArray<Diagnostic> ReaderDiagnostics, ImmutableArray<RuleResult> Results)
{
    /// <summary>Reader diagnostics and rule findings, most severe first, then in document order.</summary>
    public ImmutableArray<Diagnostic> Findings { get; } = Order(ReaderDiagnostics.Concat(Results.SelectMany(r => r.Findings)));

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public int Errors => Count(Severity.Error);

    public int Warnings => Count(Severity.Warning);

    public int Infos => Count(Severity.Info);

    public RuleResult? Result(string ruleId) => Results.FirstOrDefault(r => r.RuleId == ruleId);

    private static ImmutableArray<Diagnostic> Order(IEnumerable<Diagnostic> all) =>
        [.. all.OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Primary.IsNone ? int.MaxValue : d.Primary.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)];
}

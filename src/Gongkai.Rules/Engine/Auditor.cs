using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>Runs a set of rules over a report. Thread-safe: rules hold no state.</summary>
public sealed class Auditor
{
    private readonly ImmutableArray<IReportRule> _rules;

    public Auditor(IEnumerable<IReportRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
    }

    /// <summary>Every rule of the national catalogue.</summary>
    public static Auditor Default { get; } = new(RuleCatalog.All);

    public ImmutableArray<IReportRule> Rules => _rules;

    public AuditReport Audit(ReportModel report, ImmutableArray<Diagnostic> readerDiagnostics = default, RuleContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        context = (context ?? RuleContext.Default) with { Scratch = new AuditScratch(report) };
        var results = ImmutableArray.CreateBuilder<RuleResult>(_rules.Length);
        foreach (var rule in _rules)
        {
            results.Add(rule.Check(report, context));
        }

        return new AuditReport(report, readerDiagnostics.IsDefault ? [] : readerDiagnostics, results.MoveToImmutable());
    }
}

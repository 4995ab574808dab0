using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Rules;
using Gongkai.Schema;

namespace Gongkai.Cli.Batch;

/// <summary>
/// What the output needs of an audited report, without the report itself: a batch of ten thousand files keeps these
/// and lets the models go.
/// </summary>
internal sealed record CheckedReport(
    string? Body,
    int? Year,
    ReportEdition Edition,
    string EditionSource,
    string Format,
    ImmutableArray<Diagnostic> Findings,
    ImmutableArray<RuleResult> Results)
{
    public int Errors { get; } = Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings { get; } = Findings.Count(f => f.Severity == Severity.Warning);

    public int Infos { get; } = Findings.Count(f => f.Severity == Severity.Info);

    public static CheckedReport From(AuditReport audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var m = audit.Report;
        return new CheckedReport(
            m.Metadata.Body?.Value,
            m.Metadata.Year?.Value,
            m.Edition,
            m.EditionSource.ToString().ToLowerInvariant(),
            m.Format,
            audit.Findings,
            audit.Results);
    }
}

using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>What a rule may know besides the report: the same body's report of the year before, and thresholds.</summary>
public sealed record RuleContext
{
    public static RuleContext Default { get; } = new();

    /// <summary>The previous year's report of the same body, for the cross-year rules; null when not supplied.</summary>
    public ReportModel? Prior { get; init; }

    public RuleOptions Options { get; init; } = RuleOptions.Default;

    /// <summary>What the rules of one audit share (the prose's claims, extracted once); set by the auditor.</summary>
    internal AuditScratch? Scratch { get; init; }
}

/// <summary>
/// Work the rules of one audit share, computed on first use. Keeping it here rather than in a table keyed by the
/// report keeps the garbage collector's work down when thousands of reports are audited.
/// </summary>
internal sealed class AuditScratch(ReportModel report)
{
    public ReportModel Report { get; } = report;

    public Narrative.ClaimSet? Claims { get; set; }
}

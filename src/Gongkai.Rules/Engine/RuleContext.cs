using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>What a rule may know besides the report: the same body's report of the year before, and thresholds.</summary>
public sealed record RuleContext
{
    public static RuleContext Default { get; } = new();

    /// <summary>The previous year's report of the same body, for the cross-year rules; null when not supplied.</summary>
    public ReportModel? Prior { get; init; }

    public RuleOptions Options { get; init; } = RuleOptions.Default;
}

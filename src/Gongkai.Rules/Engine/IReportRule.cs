using Gongkai.Reports;

namespace Gongkai.Rules;

/// <summary>
/// One rule of the catalogue. Rules are pure: they read the model and the context, do no I/O, never read the clock,
/// and never throw on content (a value they cannot use makes the check not assessable).
/// </summary>
public interface IReportRule
{
    RuleDescriptor Descriptor { get; }

    RuleResult Check(ReportModel report, RuleContext context);
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Plausibility;

/// <summary>
/// P2: an application must be answered within 20 working days, extendable by 20 (条例第三十三条), so only those
/// received late in the year can still be open on 31 December. Carrying forward more than
/// <see cref="RuleOptions.CarryForwardShare"/> of the year's caseload (and at least
/// <see cref="RuleOptions.CarryForwardMinimum"/>) deserves an explanation.
/// </summary>
public sealed class P2CarryForwardRule : IReportRule
{
    public const string Id = "P2";
    public const string TooMany = "P2.too_many";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Plausibility,
        "结转下年度比例",
        "Share carried to next year",
        "申请应在 20 个工作日内答复（可延长 20 个工作日），通常只有年末收到的申请会结转下年度；结转数超过新收加上年结转的一定比例（默认 25%，且至少 3 件）时提示核实。",
        "Applications must be answered within 20 working days (plus at most 20), so normally only those received late in the year are carried forward; more than a share (25% by default, and at least 3) of new plus carried-over applications is flagged.",
        [new(TooMany, "结转下年度 {carriedForward} 件，占新收与上年结转之和 {caseload} 件的 {percent}%", "{carriedForward} applications carried to next year, {percent}% of the {caseload} new and carried over")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var options = (context ?? RuleContext.Default).Options;
        var plan = SchemaPlan.For(report.Schema);
        var t = plan.T2Columns.Length - 1;
        var cf = Operand.Read(report, plan.CarriedForward[t]);
        var caseload = Operand.Read(report, plan.New[t]).Plus(Operand.Read(report, plan.CarriedOver[t]));
        var tally = new RuleTally(Rule);
        if (!cf.Assessable || !caseload.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", cf.MissingField ?? caseload.MissingField!)));
            return tally.Build();
        }

        var limit = Math.Max(options.CarryForwardMinimum, options.CarryForwardShare * caseload.Value);
        if (cf.Value <= limit)
        {
            tally.Pass();
            return tally.Build();
        }

        var percent = caseload.Value == 0 ? 100m : Math.Round(100m * cf.Value / caseload.Value, 1);
        tally.Fail(tally.Finding(
            TooMany,
            report,
            FieldIds.Of(plan.CarriedForward[t], plan.New[t], plan.CarriedOver[t]),
            Args.Number("carriedForward", cf.Value),
            Args.Number("caseload", caseload.Value),
            Args.Number("percent", percent)));
        return tally.Build();
    }
}

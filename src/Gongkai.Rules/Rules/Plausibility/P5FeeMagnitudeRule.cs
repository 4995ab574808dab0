using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Plausibility;

/// <summary>
/// P5: the 2021 fee column is in 万元. A figure of <see cref="RuleOptions.FeeImplausible10kYuan"/> 万元 (10亿元 by
/// default) or more is almost certainly 元 entered as 万元. Four or six decimals ("2766.7879") are yuan precision
/// in 万元, which is correct, and are not flagged.
/// </summary>
public sealed class P5FeeMagnitudeRule : IReportRule
{
    public const string Id = "P5";
    public const string TooLarge = "P5.too_large";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Plausibility,
        "收费金额单位",
        "Fee against its unit",
        "2021 年格式表一“行政事业性收费”以万元为单位；金额达到阈值（默认 100000 万元）时很可能误以元填报。",
        "The 2021 fee column is in 10,000 yuan; an amount at or above the threshold (100,000 by default) was probably entered in yuan.",
        [new(TooLarge, "行政事业性收费为 {value} 万元（不低于 {threshold} 万元），疑以元填报", "administrative fees of {value} (10,000 yuan) reach the threshold of {threshold}; probably entered in yuan")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plan = SchemaPlan.For(report.Schema);
        if (plan.Fee is not { } fee)
        {
            return RuleTally.NotAssessable(Rule, PriorCheck.NotApplicable2019());
        }

        var threshold = (context ?? RuleContext.Default).Options.FeeImplausible10kYuan;
        var tally = new RuleTally(Rule);
        var v = Operand.Read(report, fee);
        if (!v.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", fee.Id)));
        }
        else if (v.Value < threshold)
        {
            tally.Pass();
        }
        else
        {
            tally.Fail(tally.Finding(TooLarge, report, [fee.Id], Args.Number("value", v.Value), Args.Number("threshold", threshold)));
        }

        return tally.Build();
    }
}

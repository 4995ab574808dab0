using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Arithmetic;

/// <summary>A4: in each of table 3's three groups, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.</summary>
public sealed class A4AppealsSumRule : IReportRule
{
    public const string Id = "A4";
    public const string Mismatch = "A4.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Arithmetic,
        "表三合计",
        "Table 3 totals",
        "表三行政复议、未经复议直接起诉、复议后起诉三组中：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
        "In each of table 3's groups (reconsideration, suits without and after reconsideration): upheld + corrected + other + pending = total.",
        [new(Mismatch, "{group}：维持、纠正、其他、尚未审结之和为 {sum}，“总计”为 {total}{blankNote}", "{group}: upheld, corrected, other and pending sum to {sum} but the total says {total}{blankNote}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var plan = SchemaPlan.For(report.Schema);
        for (var r = 0; r < plan.T3Rows.Length; r++)
        {
            var parts = plan.T3Parts[r];
            var sum = Operand.Sum(report, parts);
            var total = Operand.Read(report, plan.T3Totals[r]);
            if (!sum.Assessable || !total.Assessable)
            {
                tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", sum.MissingField ?? total.MissingField!)));
                continue;
            }

            if (sum.Value == total.Value)
            {
                tally.Pass();
                continue;
            }

            tally.Fail(tally.Finding(
                Mismatch,
                report,
                FieldIds.Of(plan.T3Totals[r], parts),
                Args.Row("group", plan.T3Rows[r]),
                Args.Number("sum", sum.Value),
                Args.Number("total", total.Value),
                CommonMessages.BlankNote(sum.ReadBlankAsZero || total.ReadBlankAsZero)));
        }

        return tally.Build();
    }
}

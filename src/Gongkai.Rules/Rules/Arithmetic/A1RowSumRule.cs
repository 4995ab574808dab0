using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Arithmetic;

/// <summary>A1: in every row of table 2, 自然人 + the five 法人或其他组织 columns = 总计.</summary>
public sealed class A1RowSumRule : IReportRule
{
    public const string Id = "A1";
    public const string Mismatch = "A1.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Arithmetic,
        "表二行合计",
        "Table 2 row totals",
        "表二每一行：自然人与五类法人或其他组织之和应等于“总计”栏。",
        "In every row of table 2, natural persons plus the five kinds of legal persons and other organisations must equal the total column.",
        [new(Mismatch, "{row}：各申请人类型之和为 {sum}，“总计”栏为 {total}{blankNote}", "{row}: the applicant columns sum to {sum} but the total column says {total}{blankNote}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var plan = SchemaPlan.For(report.Schema);
        for (var r = 0; r < plan.T2Rows.Length; r++)
        {
            var parts = plan.T2RowParts[r];
            var totalField = plan.T2RowTotals[r];
            var sum = Operand.Sum(report, parts);
            var total = Operand.Read(report, totalField);
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
                FieldIds.Of(totalField, parts),
                Args.Row("row", plan.T2Rows[r]),
                Args.Number("sum", sum.Value),
                Args.Number("total", total.Value),
                CommonMessages.BlankNote(sum.ReadBlankAsZero || total.ReadBlankAsZero)));
        }

        return tally.Build();
    }
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Rules.Arithmetic;

/// <summary>
/// A2: in every column of table 2, the result rows add up to （七）总计. The 部分公开 note ("只计这一情形") is what
/// makes this sound: each application is counted under exactly one result.
/// </summary>
/// <remarks>
/// A 2021 report that printed （六）其他处理 as a single row (the 2019 layout) has no sub-rows; the reader records
/// the row in <see cref="ReportModel.CollapsedRows"/>, and its value stands in for the group's sum. Any other
/// missing part of a column makes that column not assessable.
/// </remarks>
public sealed class A2ColumnSumRule : IReportRule
{
    public const string Id = "A2";
    public const string Mismatch = "A2.mismatch";
    public const string CollapsedUsed = "A2.collapsed_used";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Arithmetic,
        "表二列合计",
        "Table 2 column totals",
        "表二每一列：（一）至（六）各办理结果行之和应等于“（七）总计”。“（六）其他处理”印为一行时以该行数值作为其小计。",
        "In every column of table 2, the result rows (一) to (六) must add up to (七) total. When (六) other handling was printed as one row, that row stands for the group.",
        [
            new(Mismatch, "{column}：办理结果各行之和为 {sum}，“（七）总计”为 {total}{blankNote}{collapsedNote}", "{column}: the result rows sum to {sum} but (七) total says {total}{blankNote}{collapsedNote}"),
            new(CollapsedUsed, "{group}印为一行，其数值用作该组小计", "{group} was printed as one row; its values were used as the group's sum"),
        ])
    {
        SeverityNote = "The note that a collapsed (六) row was used is Info.",
    };

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var plan = SchemaPlan.For(report.Schema);
        var collapsed = plan.HasOtherSubRows ? FindCollapsed(report) : null;
        var usedCollapsed = false;
        for (var c = 0; c < plan.T2Columns.Length; c++)
        {
            var sum = Operand.Sum(report, plan.ResultParts[c]);
            var viaCollapsed = false;
            if (plan.HasOtherSubRows)
            {
                var subs = plan.OtherSubRows[c];
                var other = Operand.Sum(report, subs);
                if (!other.Assessable && collapsed is not null && AllAbsent(report, subs) && c < collapsed.Values.Length)
                {
                    other = FromCell(collapsed.Values[c].Value, subs[0].Id);
                    viaCollapsed = other.Assessable;
                }

                sum = sum.Plus(other);
            }

            var totalField = plan.ResultsTotal[c];
            var total = Operand.Read(report, totalField);
            if (!sum.Assessable || !total.Assessable)
            {
                tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", sum.MissingField ?? total.MissingField!)));
                continue;
            }

            usedCollapsed |= viaCollapsed;
            if (sum.Value == total.Value)
            {
                tally.Pass();
                continue;
            }

            tally.Fail(tally.Finding(
                Mismatch,
                report,
                FieldIds.Of(totalField, plan.ResultParts[c]),
                Args.Column("column", plan.T2Columns[c]),
                Args.Number("sum", sum.Value),
                Args.Number("total", total.Value),
                CommonMessages.BlankNote(sum.ReadBlankAsZero || total.ReadBlankAsZero),
                CollapsedNote(viaCollapsed ? plan.OtherGroup : null)));
        }

        if (usedCollapsed && plan.OtherGroup is { } g)
        {
            tally.Note(tally.Finding(CollapsedUsed, report, [], collapsed!.Where, Severity.Info, Args.Words("group", "“" + g.Label + "”", g.English + " (“" + g.Label + "”)")));
        }

        return tally.Build();
    }

    private static CollapsedRow? FindCollapsed(ReportModel report)
    {
        foreach (var row in report.CollapsedRows)
        {
            if (row.TableKey == T2.Key && row.GroupKey == T2.Other)
            {
                return row;
            }
        }

        return null;
    }

    private static bool AllAbsent(ReportModel report, FieldDef[] fields)
    {
        foreach (var f in fields)
        {
            if (!report.Tables[f].Value.IsAbsent)
            {
                return false;
            }
        }

        return true;
    }

    private static Operand FromCell(CellValue v, string fieldId) => v.State switch
    {
        CellState.Number => new Operand(v.Number, true, false, null),
        CellState.Blank or CellState.Placeholder => new Operand(0, true, true, null),
        _ => new Operand(0, false, false, fieldId),
    };

    private static MessageArg CollapsedNote(GroupDef? group) => group is null
        ? new("collapsedNote", string.Empty, string.Empty)
        : new("collapsedNote", "（“" + group.Label + "”印为一行，按该行计）", " (“" + group.Label + "” was printed as one row and used as the group's sum)");
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Arithmetic;

/// <summary>
/// A3: the 勾稽关系 printed in table 2 itself: 一 + 二 = 三（七）+ 四 in every column ("本列" — the note applies to each
/// column, not only to 总计).
/// </summary>
public sealed class A3BalanceRule : IReportRule
{
    public const string Id = "A3";
    public const string Mismatch = "A3.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Arithmetic,
        "勾稽关系",
        "Balance of table 2",
        "表二每一列：本年新收 + 上年结转 = 本年度办理结果（七）总计 + 结转下年度继续办理（表内注明的勾稽关系）。",
        "In every column of table 2: new applications + carried over = (七) total of results + carried forward (the balance rule printed in the table).",
        [new(Mismatch, "{column}：新收 {new} + 上年结转 {carriedOver} = {left}，而办理结果总计 {results} + 结转下年度 {carriedForward} = {right}{blankNote}", "{column}: new {new} + carried over {carriedOver} = {left}, but results {results} + carried forward {carriedForward} = {right}{blankNote}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var plan = SchemaPlan.For(report.Schema);
        for (var c = 0; c < plan.T2Columns.Length; c++)
        {
            var n = Operand.Read(report, plan.New[c]);
            var co = Operand.Read(report, plan.CarriedOver[c]);
            var res = Operand.Read(report, plan.ResultsTotal[c]);
            var cf = Operand.Read(report, plan.CarriedForward[c]);
            var left = n.Plus(co);
            var right = res.Plus(cf);
            if (!left.Assessable || !right.Assessable)
            {
                tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", left.MissingField ?? right.MissingField!)));
                continue;
            }

            if (left.Value == right.Value)
            {
                tally.Pass();
                continue;
            }

            tally.Fail(tally.Finding(
                Mismatch,
                report,
                FieldIds.Of(plan.New[c], plan.CarriedOver[c], plan.ResultsTotal[c], plan.CarriedForward[c]),
                Args.Column("column", plan.T2Columns[c]),
                Args.Number("new", n.Value),
                Args.Number("carriedOver", co.Value),
                Args.Number("left", left.Value),
                Args.Number("results", res.Value),
                Args.Number("carriedForward", cf.Value),
                Args.Number("right", right.Value),
                CommonMessages.BlankNote(left.ReadBlankAsZero || right.ReadBlankAsZero)));
        }

        return tally.Build();
    }
}

using Gongkai.Diagnostics;
using Gongkai.Rules.Arithmetic;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

public sealed class ArithmeticRuleTests
{
    private static readonly A1RowSumRule A1 = new();
    private static readonly A2ColumnSumRule A2 = new();
    private static readonly A3BalanceRule A3 = new();
    private static readonly A4AppealsSumRule A4 = new();
    private static readonly A5ValueRule A5 = new();

    [Fact]
    public void A1_RowTotalWrong_FailsOnThatRow()
    {
        var r = RuleAssert.Fail(A1, TestReport.Clean2021().Set(T2.Cell(T2.Granted, T2.Total), 5).Build());
        var f = RuleAssert.Single(r, A1RowSumRule.Mismatch);
        Assert.Equal(T2.Cell(T2.Granted, T2.Total), f.Cells[0]);
        Assert.Equal("4", f.Arg("sum"));
        Assert.Equal("5", f.Arg("total"));
        Assert.Equal(string.Empty, f.Arg("blankNote"));
    }

    [Fact]
    public void A1_BlankTotalReadAsZero_SaysSo()
    {
        var r = RuleAssert.Fail(A1, TestReport.Clean2021().Blank(T2.Cell(T2.Granted, T2.Total)).Build());
        Assert.NotEqual(string.Empty, RuleAssert.Single(r, A1RowSumRule.Mismatch).Arg("blankNote"));
    }

    [Fact]
    public void A1_MissingRows_PassOnTheRestWithUnassessed()
    {
        var r = RuleAssert.Pass(A1, TestReport.Clean2021().DropRow(TableId.Applications, T2.ResultsTotal).DropRow(TableId.Applications, T2.CarriedForward).Build());
        Assert.Equal(2, r.Unassessed);
        Assert.Equal(23, r.Checked);
    }

    [Fact]
    public void A1_NoTable2_NotAssessable() =>
        RuleAssert.NotAssessable(A1, TestReport.Clean2021().DropTable(TableId.Applications).Build(), CommonMessages.CellsMissing);

    [Fact]
    public void A2_ColumnSumWrong_Fails()
    {
        var r = RuleAssert.Fail(A2, TestReport.Clean2021().Set(T2.Cell(T2.ResultsTotal, T2.NaturalPerson), 6).Build());
        var f = RuleAssert.Single(r, A2ColumnSumRule.Mismatch);
        Assert.Equal(T2.Cell(T2.ResultsTotal, T2.NaturalPerson), f.Cells[0]);
        Assert.Equal("5", f.Arg("sum"));
        Assert.Equal("6", f.Arg("total"));
    }

    [Fact]
    public void A2_SubRowInOtherGroupCounts()
    {
        // a result in （六）3 without raising （七）总计 breaks the column sums (自然人 and 总计)
        var report = TestReport.Clean2021().Set(T2.Cell(T2.Sub(T2.Other, 3), T2.NaturalPerson), 1).Set(T2.Cell(T2.Sub(T2.Other, 3), T2.Total), 1).Build();
        RuleAssert.Fail(A2, report, findings: 2);
    }

    [Fact]
    public void A2_2019_SingleOtherRowCounts()
    {
        var report = TestReport.Clean2019().Set(T2.Cell(T2.OtherRow2019, T2.NaturalPerson), 1).Set(T2.Cell(T2.OtherRow2019, T2.Total), 1).Build();
        RuleAssert.Fail(A2, report, findings: 2);
        RuleAssert.Pass(A2, TestReport.Clean2019().Build());
    }

    [Fact]
    public void A2_CollapsedOtherGroup_UsesItsValuesAndSaysSo()
    {
        var report = TestReport.Clean2021().Collapse(T2.Other, 0, 0, 0, 0, 0, 0, 0).Build();
        var r = RuleAssert.Pass(A2, report);
        Assert.Equal(7, r.Checked);
        var note = RuleAssert.Single(r, A2ColumnSumRule.CollapsedUsed);
        Assert.Equal(Severity.Info, note.Severity);
    }

    [Fact]
    public void A2_CollapsedOtherGroupWithCases_CountedInTheSum()
    {
        var balanced = TestReport.Clean2021()
            .Set(T2.Cell(T2.ResultsTotal, T2.NaturalPerson), 6).Set(T2.Cell(T2.ResultsTotal, T2.Total), 8)
            .Collapse(T2.Other, 1, 0, 0, 0, 0, 0, 1).Build();
        RuleAssert.Pass(A2, balanced);

        var unbalanced = TestReport.Clean2021().Collapse(T2.Other, 1, 0, 0, 0, 0, 0, 1).Build();
        var r = RuleAssert.Fail(A2, unbalanced, findings: 2);
        Assert.All(r.Findings.Where(f => f.MessageKey == A2ColumnSumRule.Mismatch), f => Assert.NotEqual(string.Empty, f.Arg("collapsedNote")));
    }

    [Fact]
    public void A2_OtherSubRowsMissingWithoutCollapse_NotAssessable() =>
        RuleAssert.NotAssessable(A2, TestReport.Clean2021().DropRow(TableId.Applications, T2.Sub(T2.Other, 2)).Build(), CommonMessages.CellsMissing);

    [Fact]
    public void A2_OneColumnUnreadable_PassesOthers()
    {
        var r = RuleAssert.Pass(A2, TestReport.Clean2021().Unreadable(T2.Cell(T2.Granted, T2.Research), "x").Build());
        Assert.Equal(6, r.Checked);
        Assert.Equal(1, r.Unassessed);
    }

    [Fact]
    public void A3_BalanceBroken_FailsPerColumn()
    {
        var r = RuleAssert.Fail(A3, TestReport.Clean2021().Set(T2.Cell(T2.CarriedForward, T2.Total), 2).Build());
        var f = RuleAssert.Single(r, A3BalanceRule.Mismatch);
        Assert.Equal([T2.Cell(T2.New, T2.Total), T2.Cell(T2.CarriedOver, T2.Total), T2.Cell(T2.ResultsTotal, T2.Total), T2.Cell(T2.CarriedForward, T2.Total)], f.Cells.ToArray());
        Assert.Equal("8", f.Arg("left"));
        Assert.Equal("9", f.Arg("right"));
    }

    [Fact]
    public void A3_Pass_And_NotAssessableWithoutCarriedForward()
    {
        RuleAssert.Pass(A3, TestReport.Clean2021().Build());
        RuleAssert.Pass(A3, TestReport.Clean2019().Build());
        RuleAssert.NotAssessable(A3, TestReport.Clean2021().DropRow(TableId.Applications, T2.CarriedForward).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void A4_GroupTotalWrong_Fails()
    {
        var r = RuleAssert.Fail(A4, TestReport.Clean2021().Set(T3.Cell(T3.SuitAfterReview, T3.Upheld), 5).Build());
        var f = RuleAssert.Single(r, A4AppealsSumRule.Mismatch);
        Assert.Equal(T3.Cell(T3.SuitAfterReview, T3.Total), f.Cells[0]);
        Assert.Equal("5", f.Arg("sum"));
        Assert.Equal("0", f.Arg("total"));
    }

    [Fact]
    public void A4_Pass_And_NotAssessableWithoutTable3()
    {
        RuleAssert.Pass(A4, TestReport.Clean2021().Build());
        RuleAssert.NotAssessable(A4, TestReport.Clean2021().DropTable(TableId.Appeals).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void A5_BlanksAndPlaceholders_OneWarningPerTable()
    {
        var report = TestReport.Clean2021()
            .Blank(T2.Cell(T2.Granted, T2.Research)).Placeholder(T2.Cell(T2.Partial, T2.Research), "/").Placeholder(T2.Cell(T2.New, T2.Research), "—")
            .Blank(T3.Cell(T3.Review, T3.Pending))
            .Build();
        var r = RuleAssert.Fail(A5, report, findings: 2, severity: Severity.Warning);
        var t2 = r.Findings.Single(f => f.Cells.Contains(T2.Cell(T2.Granted, T2.Research)));
        Assert.Equal(A5ValueRule.NotFilled, t2.MessageKey);
        Assert.Equal("3", t2.Arg("count"));
        Assert.Equal(3, t2.Cells.Length);
        Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A5_UnreadableNegativeAndFractionalCounts_AreErrors()
    {
        var report = TestReport.Clean2021()
            .Unreadable(T2.Cell(T2.Granted, T2.Research), "若干")
            .Set(T2.Cell(T2.Partial, T2.Research), -1)
            .Set(T1.Cell(T1.Licensing, T1.Value), 1.5m)
            .Set(T1.Cell(T1.Fees10kYuan, T1.Value), -2)
            .Build();
        var r = RuleAssert.Fail(A5, report, findings: 4, severity: Severity.Error);
        Assert.Equal("若干", RuleAssert.Single(r, A5ValueRule.Unreadable).Arg("raw"));
        Assert.Equal(2, r.Findings.Count(f => f.MessageKey == A5ValueRule.NotCount));
        Assert.Equal(T1.Cell(T1.Fees10kYuan, T1.Value), RuleAssert.Single(r, A5ValueRule.NegativeAmount).Cells[0]);
    }

    [Fact]
    public void A5_DecimalFeeIsFine_2019SignedChangeIsFine()
    {
        RuleAssert.Pass(A5, TestReport.Clean2021().Set(T1.Cell(T1.Fees10kYuan, T1.Value), 2766.7879m).Build());
        RuleAssert.Pass(A5, TestReport.Clean2019().Set(T1.Cell(T1.Penalty, T1.Change), -417).Build());
        var r = RuleAssert.Fail(A5, TestReport.Clean2019().Set(T1.Cell(T1.Penalty, T1.Change), 0.5m).Build());
        Assert.Equal(A5ValueRule.NotInteger, r.Findings[0].MessageKey);
    }

    [Fact]
    public void A5_AbsentCellsAreNotItsBusiness()
    {
        RuleAssert.Pass(A5, TestReport.Clean2021().DropTable(TableId.Appeals).DropRow(TableId.Applications, T2.Granted).Build());
        var empty = TestReport.Clean2021().DropTable(TableId.Proactive).DropTable(TableId.Applications).DropTable(TableId.Appeals).Build();
        RuleAssert.NotAssessable(A5, empty, CommonMessages.NothingToCheck);
    }

    [Fact]
    public void Example004Shape_A1PassesPresentRows_A2A3A4NotAssessable()
    {
        var b = TestReport.Clean2021().DropTable(TableId.Appeals);
        foreach (var row in ReportSchema.Edition2021.Applications.Rows.SkipWhile(r => r.Key != T2.Sub(T2.Denied, 7)))
        {
            b.DropRow(TableId.Applications, row.Key);
        }

        var report = b.Build();
        var a1 = RuleAssert.Pass(A1, report);
        Assert.Equal(10, a1.Checked);
        Assert.Equal(15, a1.Unassessed);
        RuleAssert.NotAssessable(A2, report, CommonMessages.CellsMissing);
        RuleAssert.NotAssessable(A3, report, CommonMessages.CellsMissing);
        RuleAssert.NotAssessable(A4, report, CommonMessages.CellsMissing);
    }
}

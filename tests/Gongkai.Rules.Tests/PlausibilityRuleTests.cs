using Gongkai.Diagnostics;
using Gongkai.Rules.Messages;
using Gongkai.Rules.Plausibility;
using Gongkai.Schema;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

public sealed class PlausibilityRuleTests
{
    private static readonly P1RegulationsRule P1 = new();
    private static readonly P2CarryForwardRule P2 = new();
    private static readonly P3UnexplainedAppealsRule P3 = new();
    private static readonly P4IdenticalValuesRule P4 = new();
    private static readonly P5FeeMagnitudeRule P5 = new();
    private static readonly P6InForceRule P6 = new();

    [Theory]
    [InlineData("临川县人民政府", false)]
    [InlineData("青禾市青山区人民政府", false)]
    [InlineData("白水镇人民政府", false)]
    [InlineData("东湖街道办事处", false)]
    [InlineData("青禾市生态环境局", false)]
    [InlineData("某省交通运输厅", false)]
    [InlineData("青禾市人民政府", true)]
    [InlineData("某省人民政府办公厅", true)]
    [InlineData("上海市人民政府办公厅", true)]
    [InlineData("某自治区人民政府", true)]
    [InlineData("某自治州人民政府", true)]
    [InlineData("国务院某部", true)]
    public void P1_BodyLevel(string body, bool mayMakeRules)
    {
        var report = TestReport.Clean2021().Body(body).Set(T1.Cell(T1.Regulations, T1.InForce), 2).Build();
        if (mayMakeRules)
        {
            RuleAssert.Pass(P1, report);
        }
        else
        {
            var f = RuleAssert.Single(RuleAssert.Fail(P1, report), P1RegulationsRule.Suspect);
            Assert.Equal(3, f.Cells.Length);
            Assert.Equal(body, f.Arg("body"));
        }
    }

    [Fact]
    public void P1_NoRegulations_Pass_UnknownBody_NotAssessable()
    {
        RuleAssert.Pass(P1, TestReport.Clean2021().Body("临川县人民政府").Build());
        RuleAssert.NotAssessable(P1, TestReport.Clean2021().Body(null).Title(null).Build(), CommonMessages.BodyUnknown);
        RuleAssert.Fail(P1, TestReport.Clean2019().Set(T1.Cell(T1.Regulations, T1.NewPublished), 1).Build());
        var fromTitle = TestReport.Clean2021().Body(null).Title("白水镇人民政府2023年政府信息公开工作年度报告").Set(T1.Cell(T1.Regulations, T1.Issued), 1).Build();
        RuleAssert.Fail(P1, fromTitle);
    }

    [Fact]
    public void P2_HalfCarriedForward_Warns()
    {
        // 8 received, 4 answered, 4 carried forward
        var b = TestReport.Clean2021()
            .Set(T2.Cell(T2.New, T2.NaturalPerson), 6).Set(T2.Cell(T2.New, T2.Commercial), 2).Set(T2.Cell(T2.New, T2.Total), 8)
            .Set(T2.Cell(T2.CarriedOver, T2.NaturalPerson), 0).Set(T2.Cell(T2.CarriedOver, T2.Total), 0)
            .Set(T2.Cell(T2.CarriedForward, T2.NaturalPerson), 4).Set(T2.Cell(T2.CarriedForward, T2.Total), 4);
        var f = RuleAssert.Single(RuleAssert.Fail(P2, b.Build()), P2CarryForwardRule.TooMany);
        Assert.Equal("50", f.Arg("percent"));
        Assert.Equal(T2.Cell(T2.CarriedForward, T2.Total), f.Cells[0]);
        RuleAssert.Pass(P2, b.Build(), new RuleContext { Options = RuleOptions.Default with { CarryForwardShare = 0.5m } });
    }

    [Fact]
    public void P2_PassAndNotAssessable()
    {
        RuleAssert.Pass(P2, TestReport.Clean2021().Build());
        RuleAssert.NotAssessable(P2, TestReport.Clean2021().DropRow(TableId.Applications, T2.CarriedForward).Build(), CommonMessages.CellsMissing);
    }

    private static TestReport AllGranted() => TestReport.Clean2021().ClearProse(SectionId.Appeals)
        .Set(T2.Cell(T2.Granted, T2.NaturalPerson), 5).Set(T2.Cell(T2.Granted, T2.Commercial), 2).Set(T2.Cell(T2.Granted, T2.Total), 7)
        .Set(T2.Cell(T2.Partial, T2.NaturalPerson), 0).Set(T2.Cell(T2.Partial, T2.Total), 0)
        .Set(T2.Cell(T2.Sub(T2.Denied, 4), T2.Commercial), 0).Set(T2.Cell(T2.Sub(T2.Denied, 4), T2.Total), 0)
        .Set(T2.Cell(T2.Sub(T2.Unable, 1), T2.NaturalPerson), 0).Set(T2.Cell(T2.Sub(T2.Unable, 1), T2.Total), 0)
        .Set(T2.Cell(T2.CarriedOver, T2.NaturalPerson), 0).Set(T2.Cell(T2.CarriedOver, T2.Total), 0)
        .Set(T2.Cell(T2.New, T2.NaturalPerson), 6).Set(T2.Cell(T2.New, T2.Total), 8);

    [Fact]
    public void P3_CasesWithoutAdverseDecisionsOrExplanation_Info()
    {
        var f = RuleAssert.Single(RuleAssert.Fail(P3, AllGranted().Build(), severity: Severity.Info), P3UnexplainedAppealsRule.Unexplained);
        Assert.Equal("1", f.Arg("review"));
        Assert.Equal("0", f.Arg("suits"));
        RuleAssert.Pass(P3, AllGranted().Prose(SectionId.Appeals, "本年度发生政府信息公开行政复议 1 件，系对上年答复不服。").Build());
        RuleAssert.Pass(P3, TestReport.Clean2021().Build());
        RuleAssert.Pass(P3, AllGranted().Set(T3.Cell(T3.Review, T3.Upheld), 0).Set(T3.Cell(T3.Review, T3.Total), 0).Build());
        RuleAssert.NotAssessable(P3, AllGranted().DropTable(TableId.Appeals).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void P3_CollapsedOtherGroup_StandsForItsSubRows()
    {
        RuleAssert.Fail(P3, AllGranted().Collapse(T2.Other, 0, 0, 0, 0, 0, 0, 0).Build(), severity: Severity.Info);
        RuleAssert.Pass(P3, AllGranted().Collapse(T2.Other, 1, 0, 0, 0, 0, 0, 1).Build());
        RuleAssert.NotAssessable(P3, AllGranted().DropRow(TableId.Applications, T2.Sub(T2.Other, 1)).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void P4_RepealedEqualsInForce_Info()
    {
        var report = TestReport.Clean2021().Set(T1.Cell(T1.NormativeDocs, T1.Repealed), 10).Build();
        var f = RuleAssert.Single(RuleAssert.Fail(P4, report, severity: Severity.Info), P4IdenticalValuesRule.RepealedEqualsInForce);
        Assert.Equal("10", f.Arg("value"));
        RuleAssert.Pass(P4, TestReport.Clean2021().Build());
        RuleAssert.NotAssessable(P4, TestReport.Clean2019().Build(), CommonMessages.NotApplicable);
    }

    [Fact]
    public void P4_TablesCopiedFromLastYear_Info()
    {
        var prior = TestReport.Clean2021().Year(2022).Title("青禾市生态环境局2022年政府信息公开工作年度报告").Build();
        var context = new RuleContext { Prior = prior };
        RuleAssert.Single(RuleAssert.Fail(P4, TestReport.Clean2021().Build(), severity: Severity.Info, context: context), P4IdenticalValuesRule.CopiedFromPrior);
        RuleAssert.Pass(P4, TestReport.Clean2021().Set(T1.Cell(T1.Penalty, T1.Value), 4).Build(), context);
    }

    [Fact]
    public void P5_FeeInYuan_Warns()
    {
        RuleAssert.Pass(P5, TestReport.Clean2021().Set(T1.Cell(T1.Fees10kYuan, T1.Value), 7730.28m).Build());
        var f = RuleAssert.Single(RuleAssert.Fail(P5, TestReport.Clean2021().Set(T1.Cell(T1.Fees10kYuan, T1.Value), 250000).Build()), P5FeeMagnitudeRule.TooLarge);
        Assert.Equal([T1.Cell(T1.Fees10kYuan, T1.Value)], f.Cells.ToArray());
        RuleAssert.NotAssessable(P5, TestReport.Clean2019().Build(), CommonMessages.NotApplicable);
        RuleAssert.NotAssessable(P5, TestReport.Clean2021().Absent(T1.Cell(T1.Fees10kYuan, T1.Value)).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void P6_FewerInForceThanIssued_Info()
    {
        var f = RuleAssert.Single(RuleAssert.Fail(P6, TestReport.Clean2021().Set(T1.Cell(T1.NormativeDocs, T1.InForce), 1).Build(), severity: Severity.Info), P6InForceRule.Fewer);
        Assert.Equal("1", f.Arg("inForce"));
        Assert.Equal("2", f.Arg("issued"));
        RuleAssert.Pass(P6, TestReport.Clean2021().Build());
        RuleAssert.NotAssessable(P6, TestReport.Clean2019().Build(), CommonMessages.NotApplicable);
    }
}

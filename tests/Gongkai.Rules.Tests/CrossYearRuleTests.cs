using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.CrossYear;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Rules.Tests;

public sealed class CrossYearRuleTests
{
    private static readonly Y1CarryOverRule Y1 = new();
    private static readonly Y2InForceRollForwardRule Y2 = new();
    private static readonly Y4EditionRule Y4 = new();

    /// <summary>Last year's report of the same body: carried forward 1 (natural persons), 9 normative documents in force.</summary>
    private static TestReport Prior() => TestReport.Clean2021().Year(2022).Title("青禾市生态环境局2022年政府信息公开工作年度报告")
        .Set(T1.Cell(T1.NormativeDocs, T1.InForce), 9);

    private static RuleContext With(TestReport prior) => new() { Prior = prior.Build() };

    [Fact]
    public void Y1_CarryOverMatchesLastYear_Pass()
    {
        var r = RuleAssert.Pass(Y1, TestReport.Clean2021().Build(), With(Prior()));
        Assert.Equal(7, r.Checked);
    }

    [Fact]
    public void Y1_CarryOverDiffers_WarnPerColumn()
    {
        var prior = Prior().Set(T2.Cell(T2.CarriedForward, T2.NaturalPerson), 3).Set(T2.Cell(T2.CarriedForward, T2.Total), 3);
        var r = RuleAssert.Fail(Y1, TestReport.Clean2021().Build(), findings: 2, context: With(prior));
        Assert.All(r.Findings, f => Assert.Equal("2022", f.Arg("priorYear")));
        Assert.Contains(r.Findings, f => f.Cells[0] == T2.Cell(T2.CarriedOver, T2.Total) && f.Arg("prior") == "3");
    }

    [Fact]
    public void Y1_AcrossEditions_Works()
    {
        var prior = TestReport.Clean2019().Year(2020).Body("青禾市生态环境局").Title("青禾市生态环境局2020年政府信息公开工作年度报告");
        var current = TestReport.Clean2021().Year(2021).Title("青禾市生态环境局2021年政府信息公开工作年度报告");
        RuleAssert.Pass(Y1, current.Build(), With(prior));
    }

    [Fact]
    public void Y_NoPrior_WrongYear_OtherBody_NotAssessable()
    {
        var report = TestReport.Clean2021().Build();
        foreach (IReportRule rule in new IReportRule[] { Y1, Y2 })
        {
            RuleAssert.NotAssessable(rule, report, CommonMessages.NoPrior);
            RuleAssert.NotAssessable(rule, report, CommonMessages.PriorMismatch, With(Prior().Year(2021).Title("青禾市生态环境局2021年政府信息公开工作年度报告")));
            RuleAssert.NotAssessable(rule, report, CommonMessages.PriorMismatch, With(Prior().Body("临川县民政局")));
        }
    }

    [Fact]
    public void Y_BodyNamesComparedLoosely()
    {
        var prior = Prior().Body("生态环境局");
        RuleAssert.Pass(Y1, TestReport.Clean2021().Build(), With(prior));
    }

    [Fact]
    public void Y2_InForceRollsForward()
    {
        // 9 + 2 issued − 1 repealed = 10
        RuleAssert.Pass(Y2, TestReport.Clean2021().Build(), With(Prior()));
        var r = RuleAssert.Fail(Y2, TestReport.Clean2021().Set(T1.Cell(T1.NormativeDocs, T1.InForce), 12).Build(), severity: Severity.Info, context: With(Prior()));
        var f = RuleAssert.Single(r, Y2InForceRollForwardRule.Mismatch);
        Assert.Equal("10", f.Arg("expected"));
        Assert.Equal("12", f.Arg("inForce"));
    }

    [Fact]
    public void Y2_2019Edition_NotAssessable()
    {
        var prior = TestReport.Clean2019().Year(2020).Body("青禾市生态环境局").Title("青禾市生态环境局2020年政府信息公开工作年度报告");
        var current = TestReport.Clean2021().Year(2021).Title("青禾市生态环境局2021年政府信息公开工作年度报告");
        RuleAssert.NotAssessable(Y2, current.Build(), CommonMessages.NotApplicable, With(prior));
    }

    [Fact]
    public void Y4_EditionAgainstYear()
    {
        RuleAssert.Pass(Y4, TestReport.Clean2021().Build());
        RuleAssert.Pass(Y4, TestReport.Clean2019().Build());
        var f = RuleAssert.Single(RuleAssert.Fail(Y4, TestReport.Clean2019().Year(2023).Title("临川县民政局2023年政府信息公开工作年度报告").Build()), Y4EditionRule.Mismatch);
        Assert.Contains("2021", f.Arg("expected"), StringComparison.Ordinal);
        RuleAssert.Fail(Y4, TestReport.Clean2021().Year(2020).Title("青禾市生态环境局2020年政府信息公开工作年度报告").Build());
    }

    [Fact]
    public void Y4_EditionNotFromTables_OrYearUnknown_NotAssessable()
    {
        RuleAssert.NotAssessable(Y4, TestReport.Clean2019().Year(2023).Edition(EditionSource.Year).Build(), CommonMessages.NotApplicable);
        RuleAssert.NotAssessable(Y4, TestReport.Clean2021().Year(null).Title(null).Build(), CommonMessages.YearUnknown);
    }
}

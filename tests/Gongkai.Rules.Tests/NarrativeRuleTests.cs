using Gongkai.Diagnostics;
using Gongkai.Rules.Messages;
using Gongkai.Rules.Narrative;
using Gongkai.Schema;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

public sealed class NarrativeRuleTests
{
    private static readonly N1ApplicationsReceivedRule N1 = new();
    private static readonly N2ApplicantBreakdownRule N2 = new();
    private static readonly N3ConcludedRule N3 = new();
    private static readonly N4NoApplicationsRule N4 = new();
    private static readonly N6AppealsRule N6 = new();
    private static readonly N7NormativeDocumentsRule N7 = new();
    private static readonly N9ProseSumRule N9 = new();

    private static TestReport Bare() => TestReport.Clean2021().ClearProse(preamble: true);

    [Fact]
    public void N1_ReceivedDiffers_WarnsCitingProseAndCell()
    {
        var report = Bare().Prose(SectionId.Overview, "全年收到政府信息公开申请 9 件。").Build();
        var r = RuleAssert.Fail(N1, report);
        var f = RuleAssert.Single(r, N1ApplicationsReceivedRule.Received);
        Assert.Equal([T2.Cell(T2.New, T2.Total)], f.Cells.ToArray());
        Assert.Equal("9", f.Arg("stated"));
        Assert.Equal("7", f.Arg("table"));
        var paragraph = report.Sections[0].Paragraphs.Single();
        Assert.True(paragraph.Where.Span.Contains(f.Primary.Span));
    }

    [Fact]
    public void N1_CarriedOverAndHandled()
    {
        RuleAssert.Pass(N1, Bare().Prose(SectionId.Overview, "全年共办理政府信息公开申请 8 件（含上年结转 1 件）。").Build());
        RuleAssert.Pass(N1, Bare().Prose(SectionId.Overview, "全年共答复政府信息公开申请 7 件。").Build());
        var r = RuleAssert.Fail(N1, Bare().Prose(SectionId.Overview, "全年共办理政府信息公开申请 12 件，上年结转申请 3 件。").Build(), findings: 2);
        Assert.Equal("7", RuleAssert.Single(r, N1ApplicationsReceivedRule.Handled).Arg("results"));
        RuleAssert.Single(r, N1ApplicationsReceivedRule.CarriedOver);
    }

    [Fact]
    public void N1_ScopedStatement_StillComparedAndMarked()
    {
        var r = RuleAssert.Fail(N1, Bare().Prose(SectionId.Overview, "县政府办公室代表县政府受理信息公开申请 3 件。").Build());
        Assert.NotEqual(string.Empty, r.Findings[0].Arg("scopeNote"));
    }

    [Fact]
    public void N1_NoStatement_NotAssessable_And_MissingCell_NotAssessable()
    {
        RuleAssert.NotAssessable(N1, Bare().Build(), CommonMessages.NoClaim);
        RuleAssert.NotAssessable(N1, Bare().Prose(SectionId.Overview, "收到政府信息公开申请 7 件。").DropRow(TableId.Applications, T2.New).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void N2_Breakdown()
    {
        RuleAssert.Pass(N2, TestReport.Clean2021().Build());
        var r = RuleAssert.Fail(N2, Bare().Prose(SectionId.Overview, "收到政府信息公开申请 7 件，其中自然人 4 件、法人或其他组织 3 件。").Build(), findings: 2);
        Assert.Contains(r.Findings, f => f.Cells.SequenceEqual([T2.Cell(T2.New, T2.NaturalPerson)]));
        Assert.Contains(r.Findings, f => f.Cells.Length == 5 && f.Arg("table") == "2");
        RuleAssert.NotAssessable(N2, Bare().Prose(SectionId.Overview, "收到政府信息公开申请 7 件。").Build(), CommonMessages.NoClaim);
    }

    [Fact]
    public void N3_ConcludedAndCarriedForward()
    {
        RuleAssert.Pass(N3, TestReport.Clean2021().Build());
        var r = RuleAssert.Fail(N3, Bare().Prose(SectionId.Overview, "收到申请 7 件，办结 6 件，结转下年度继续办理 2 件。").Build(), findings: 2);
        Assert.Equal([T2.Cell(T2.ResultsTotal, T2.Total)], RuleAssert.Single(r, N3ConcludedRule.Concluded).Cells.ToArray());
        Assert.Equal([T2.Cell(T2.CarriedForward, T2.Total)], RuleAssert.Single(r, N3ConcludedRule.CarriedForward).Cells.ToArray());
        RuleAssert.NotAssessable(N3, Bare().Build(), CommonMessages.NoClaim);
    }

    [Fact]
    public void N4_SaysNoneButTableHasSome_IsError()
    {
        var r = RuleAssert.Fail(N4, Bare().Prose(SectionId.Overview, "2023年本局未收到政府信息公开申请。").Build(), severity: Severity.Error);
        var f = RuleAssert.Single(r, N4NoApplicationsRule.Mismatch);
        Assert.Equal("7", f.Arg("new"));
        Assert.Equal("1", f.Arg("carriedOver"));
        Assert.False(f.Primary.IsNone);
    }

    [Fact]
    public void N4_SaysNoneAndTableHasNone_Passes_NotingCarryOver()
    {
        var zero = Zeroed(Bare()).Prose(SectionId.Overview, "本年度未收到依申请公开件。");
        RuleAssert.Pass(N4, zero.Build());
        var withCarry = Zeroed(Bare()).Set(T2.Cell(T2.CarriedOver, T2.NaturalPerson), 1).Set(T2.Cell(T2.CarriedOver, T2.Total), 1).Prose(SectionId.Overview, "本年度未收到依申请公开件。");
        var r = RuleAssert.Pass(N4, withCarry.Build());
        Assert.Equal(Severity.Info, RuleAssert.Single(r, N4NoApplicationsRule.CarriedOverNote).Severity);
    }

    [Fact]
    public void N4_OtherNegations_DoNotFire()
    {
        RuleAssert.NotAssessable(N4, Bare().Prose(SectionId.Appeals, "本年度未收到行政复议申请，未发生行政诉讼。").Build(), CommonMessages.NoClaim);
        RuleAssert.NotAssessable(N4, Bare().Prose(SectionId.Overview, "本年度未收到依申请公开件。").DropTable(TableId.Applications).Build(), CommonMessages.CellsMissing);
    }

    [Fact]
    public void N6_NoAppeals()
    {
        RuleAssert.Pass(N6, Bare().Set(T3.Cell(T3.Review, T3.Upheld), 0).Set(T3.Cell(T3.Review, T3.Total), 0).Prose(SectionId.Appeals, "本年度未发生政府信息公开行政复议、行政诉讼。").Build());
        var r = RuleAssert.Fail(N6, Bare().Prose(SectionId.Appeals, "本年度未发生政府信息公开行政复议、行政诉讼。").Build());
        var f = RuleAssert.Single(r, N6AppealsRule.NoAppeals);
        Assert.Equal([T3.Cell(T3.Review, T3.Total)], f.Cells.ToArray());
        Assert.Equal(3, r.Checked);
    }

    [Fact]
    public void N6_AllUpheld_CountsAndScope()
    {
        RuleAssert.Pass(N6, TestReport.Clean2021().Build());
        var pending = Bare().Set(T3.Cell(T3.Review, T3.Pending), 1).Set(T3.Cell(T3.Review, T3.Total), 2)
            .Set(T3.Cell(T3.SuitDirect, T3.Corrected), 1).Set(T3.Cell(T3.SuitDirect, T3.Total), 1);
        var r = RuleAssert.Fail(N6, pending.Prose(SectionId.Appeals, "政府信息公开类行政复议 2 件，均获维持。").Build());
        var f = RuleAssert.Single(r, N6AppealsRule.NotUpheld);
        Assert.Equal("1", f.Arg("pending"));
        Assert.Contains(T3.Cell(T3.Review, T3.Pending), f.Cells);

        var counts = Bare().Prose(SectionId.Appeals, "因政府信息公开被申请行政复议 2 件、提起行政诉讼案件 3 件。").Build();
        var c = RuleAssert.Fail(N6, counts, findings: 2);
        RuleAssert.Single(c, N6AppealsRule.ReviewCount);
        Assert.Equal(2, RuleAssert.Single(c, N6AppealsRule.SuitCount).Cells.Length);
        RuleAssert.NotAssessable(N6, Bare().Build(), CommonMessages.NoClaim);
    }

    [Fact]
    public void N7_BothEditions()
    {
        RuleAssert.Pass(N7, TestReport.Clean2021().Build());
        RuleAssert.Pass(N7, TestReport.Clean2019().Build());
        var r = RuleAssert.Fail(N7, Bare().Prose(SectionId.Overview, "清理并集中公布现行有效行政规范性文件 8 件。").Build());
        var f = RuleAssert.Single(r, N7NormativeDocumentsRule.InForce);
        Assert.Equal([T1.Cell(T1.NormativeDocs, T1.InForce)], f.Cells.ToArray());
        var r19 = RuleAssert.Fail(N7, TestReport.Clean2019().ClearProse().Prose(SectionId.Overview, "全年发布规范性文件 5 件。").Build());
        Assert.Equal([T1.Cell(T1.NormativeDocs, T1.NewPublished)], r19.Findings[0].Cells.ToArray());
        RuleAssert.NotAssessable(N7, Bare().Build(), CommonMessages.NoClaim);
    }

    [Fact]
    public void N9_Sums()
    {
        RuleAssert.Pass(N9, TestReport.Clean2021().Build());
        RuleAssert.Pass(N9, Bare().Prose(SectionId.Overview, "共受理申请 13 件，其中，个人提出 10 件、企业提出 3 件，年内已办结 9 件，另 4 件转入下一年度。").Build());
        RuleAssert.Pass(N9, Bare().Prose(SectionId.Overview, "主动公开信息 60 条，其中工作动态 20 条；通知公告 10 条，公众号发布信息 30 条。").Build());
        var r = RuleAssert.Fail(N9, Bare().Prose(SectionId.Overview, "主动公开信息 60 条，其中工作动态 20 条、通知公告 10 条；人事信息 5 条。").Build());
        Assert.Equal("35", r.Findings[0].Arg("sum"));
        Assert.Equal("60", r.Findings[0].Arg("total"));
        RuleAssert.NotAssessable(N9, Bare().Prose(SectionId.Overview, "主动公开信息 60 条，其中工作动态 20 条，另有 15 条转载。").Build(), N9ProseSumRule.Unclear);
        RuleAssert.NotAssessable(N9, Bare().Build(), CommonMessages.NoClaim);
    }

    private static TestReport Zeroed(TestReport b)
    {
        foreach (var f in ReportSchema.Edition2021.Applications.Fields)
        {
            b.Set(f.Id, 0);
        }

        return b;
    }
}

/// <summary>N5: outcome counts in the prose against table 2.</summary>
public sealed class N5OutcomeCountsRuleTests
{
    private static readonly Narrative.N5OutcomeCountsRule Rule = new();

    [Fact]
    public void WrongCount_IsAWarningCitingTheRow()
    {
        var report = TestReport.Clean2021()
            .Prose(Schema.SectionId.Overview, "依申请公开方面，全年办结申请 7 件，其中予以公开 5 件。")
            .Build();
        var result = RuleAssert.Run(Rule, report);
        Assert.Equal(RuleStatus.Fail, result.Status);
        var f = Assert.Single(result.Findings);
        Assert.Equal("N5.count", f.MessageKey);
        Assert.Equal("5", f.Arg("stated"));
        Assert.Equal("4", f.Arg("table"));
        Assert.Contains("t2.granted.total", f.Cells);
    }

    [Fact]
    public void GroupsAreSummed_AndCombinedWordingsRead()
    {
        var report = TestReport.Clean2021().ClearProse()
            .Prose(Schema.SectionId.Overview, "本年度办结政府信息公开申请 7 件：予以公开及部分公开 5 件，不予公开 1 件，无法提供 1 件。")
            .Build();
        var result = RuleAssert.Run(Rule, report);
        Assert.Equal(RuleStatus.Pass, result.Status);
        Assert.Equal(3, result.Checked);
    }

    [Fact]
    public void PercentThatDoesNotRecompute_IsANote()
    {
        var report = TestReport.Clean2021().ClearProse()
            .Prose(Schema.SectionId.Overview, "全年办结申请 7 件，其中予以公开 4 件，占 60%。")
            .Build();
        var result = RuleAssert.Run(Rule, report);
        var f = Assert.Single(result.Findings);
        Assert.Equal("N5.percent", f.MessageKey);
        Assert.Equal(Diagnostics.Severity.Info, f.Severity);
        Assert.Equal("57.14", f.Arg("computed"));
    }

    [Fact]
    public void ProactiveDisclosureSentences_AreNotOutcomes()
    {
        var report = TestReport.Clean2021().ClearProse()
            .Prose(Schema.SectionId.Overview, "全年主动公开政府信息 300 条，其中予以公开的政策文件 9 件；另收到申请 7 件。")
            .Build();
        Assert.Equal(RuleStatus.NotAssessable, RuleAssert.Run(Rule, report).Status);
    }
}

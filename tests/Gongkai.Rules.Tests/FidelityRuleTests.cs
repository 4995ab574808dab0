using Gongkai.Diagnostics;
using Gongkai.Labels;
using Gongkai.Rules.Fidelity;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules.Tests;

public sealed class FidelityRuleTests
{
    private static readonly F1SectionsRule F1 = new();
    private static readonly F2OverviewCoverageRule F2 = new();
    private static readonly F3CanonicalLabelsRule F3 = new();
    private static readonly F4LabelSpellingRule F4 = new();
    private static readonly L1LabelTypographyRule L1 = new();
    private static readonly F5PrintedNotesRule F5 = new();
    private static readonly F6YearsAndCitationsRule F6 = new();

    [Fact]
    public void F1_MissingSection_OneFindingNamingIt()
    {
        var r = RuleAssert.Fail(F1, TestReport.Clean2021().DropSection(SectionId.Appeals).Build());
        var f = RuleAssert.Single(r, F1SectionsRule.Missing);
        Assert.StartsWith("四", f.Arg("section"), StringComparison.Ordinal);
        Assert.False(f.Primary.IsNone);
        RuleAssert.Fail(F1, TestReport.Clean2021().DropSection(SectionId.Appeals).DropSection(SectionId.Other).Build(), findings: 2);
    }

    [Fact]
    public void F1_OutOfOrder_OneFinding()
    {
        var report = TestReport.Clean2021().Order(SectionId.Overview, SectionId.Proactive, SectionId.Appeals, SectionId.Applications, SectionId.Problems, SectionId.Other).Build();
        var r = RuleAssert.Fail(F1, report);
        var f = RuleAssert.Single(r, F1SectionsRule.Order);
        Assert.StartsWith("三", f.Arg("section"), StringComparison.Ordinal);
        Assert.StartsWith("四", f.Arg("after"), StringComparison.Ordinal);
    }

    [Fact]
    public void F1_PassAndNotAssessableWithoutText()
    {
        RuleAssert.Pass(F1, TestReport.Clean2021().Build());
        var dataOnly = TestReport.Clean2021().Build() with { Sections = [], Preamble = [], SourceLength = 0 };
        RuleAssert.NotAssessable(F1, dataOnly, CommonMessages.NotApplicable);
    }

    [Fact]
    public void F2_MissingComponent_OneWarningEach()
    {
        var b = TestReport.Clean2021().ClearProse(SectionId.Overview)
            .Prose(SectionId.Overview, "（一）主动公开。及时发布各类信息。")
            .Prose(SectionId.Overview, "（二）依申请公开。依法答复每一件申请。")
            .Prose(SectionId.Overview, "（三）平台建设。维护门户网站。");
        var r = RuleAssert.Fail(F2, b.Build(), findings: 2);
        Assert.Contains(r.Findings, f => f.Arg("topic")!.Contains("政府信息管理", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Arg("topic")!.Contains("监督保障", StringComparison.Ordinal));
    }

    [Fact]
    public void F2_SynonymsCount_AndNoOverview_NotAssessable()
    {
        var b = TestReport.Clean2021().ClearProse(SectionId.Overview)
            .Prose(SectionId.Overview, "主动公开方面，发布信息。依申请公开方面，依法答复。政务信息管理方面，规范审核。平台建设方面，优化网站。信息公开监管方面，开展评议。");
        RuleAssert.Pass(F2, b.Build());
        RuleAssert.NotAssessable(F2, TestReport.Clean2021().DropSection(SectionId.Overview).Build(), CommonMessages.SectionMissing);
    }

    [Fact]
    public void F3_TableMissing_OneFinding()
    {
        var r = RuleAssert.Fail(F3, TestReport.Clean2021().DropTable(TableId.Appeals).Build());
        RuleAssert.Single(r, F3CanonicalLabelsRule.TableMissing);
    }

    [Fact]
    public void F3_RowsMissing_OneFindingPerTableWithCount()
    {
        var b = TestReport.Clean2021();
        foreach (var row in ReportSchema.Edition2021.Applications.Rows.SkipWhile(r => r.Key != T2.Sub(T2.Denied, 7)))
        {
            b.DropRow(TableId.Applications, row.Key);
        }

        var r = RuleAssert.Fail(F3, b.DropTable(TableId.Appeals).Build(), findings: 2);
        var rows = RuleAssert.Single(r, F3CanonicalLabelsRule.RowsMissing);
        Assert.Equal("15", rows.Arg("count"));
        Assert.Contains("（七）总计", rows.Arg("rows"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, rows.Arg("collapsed"));
        Assert.DoesNotContain(r.Findings, f => f.MessageKey == F3CanonicalLabelsRule.ColumnMissing);
    }

    [Fact]
    public void F3_CollapsedGroup_SaysSo()
    {
        var r = RuleAssert.Fail(F3, TestReport.Clean2021().Collapse(T2.Other, 0, 0, 0, 0, 0, 0, 0).Build());
        var f = RuleAssert.Single(r, F3CanonicalLabelsRule.RowsMissing);
        Assert.Equal("3", f.Arg("count"));
        Assert.NotEqual(string.Empty, f.Arg("collapsed"));
    }

    [Fact]
    public void F3_ColumnMissing_OneFinding()
    {
        var r = RuleAssert.Fail(F3, TestReport.Clean2021().DropColumn(TableId.Applications, T2.Research).Build());
        var f = RuleAssert.Single(r, F3CanonicalLabelsRule.ColumnMissing);
        Assert.Equal(25, f.Cells.Length);
        RuleAssert.Pass(F3, TestReport.Clean2019().Build());
        RuleAssert.Fail(F3, TestReport.Clean2019().DropColumn(TableId.Appeals, T3.Pending).Build());
    }

    [Fact]
    public void F4_MisspeltUnknownAndOtherEditionLabels()
    {
        var report = TestReport.Clean2021()
            .Label("本年度止件数", LabelMatchKind.Misspelling, "本年废止件数")
            .Label("三、本年度办理结束", LabelMatchKind.Fuzzy, "三、本年度办理结果")
            .Label("其他主动公开文件", LabelMatchKind.Unknown, null, hasValues: true)
            .Label("申请人情况说明", LabelMatchKind.Unknown, null)
            .Label("规范性文件", LabelMatchKind.Exact, "规范性文件", otherEdition: true)
            .Build();
        var r = RuleAssert.Fail(F4, report, findings: 4);
        Assert.Contains(r.Findings, f => f.MessageKey == F4LabelSpellingRule.Misspelt && f.Arg("official") == "本年废止件数");
        Assert.Contains(r.Findings, f => f.MessageKey == F4LabelSpellingRule.Misspelt && f.Arg("printed") == "三、本年度办理结束");
        RuleAssert.Single(r, F4LabelSpellingRule.Unknown);
        RuleAssert.Single(r, F4LabelSpellingRule.OtherEdition);
    }

    [Fact]
    public void F4_L1_PassAndNotAssessableWithoutLabels()
    {
        RuleAssert.Pass(F4, TestReport.Clean2021().Label("自然 人", LabelMatchKind.Typography, "自然人").Build());
        RuleAssert.NotAssessable(F4, TestReport.Clean2021().NoLabels().Build(), CommonMessages.NotApplicable);
        RuleAssert.Pass(L1, TestReport.Clean2021().Build());
        RuleAssert.NotAssessable(L1, TestReport.Clean2021().NoLabels().Build(), CommonMessages.NotApplicable);
    }

    [Fact]
    public void L1_TypographyAndScript_OneAggregatedInfo()
    {
        var report = TestReport.Clean2021()
            .Label("自然 人", LabelMatchKind.Typography, "自然人")
            .Label("商业企 业", LabelMatchKind.Typography, "商业企业")
            .Label("(一)予以公开", LabelMatchKind.Typography, "（一）予以公开")
            .Label("規範性檔案", LabelMatchKind.Traditional, "规范性文件")
            .Label("予以公开", LabelMatchKind.Alias, "（一）予以公开")
            .Build();
        var r = RuleAssert.Fail(L1, report, severity: Severity.Info);
        var f = RuleAssert.Single(r, L1LabelTypographyRule.Typography);
        Assert.Equal("4", f.Arg("count"));
        Assert.Equal(3, f.Arg("examples")!.Split('、').Length);
    }

    [Fact]
    public void F5_MissingNotes_InfoPerNote_OnlyFoundTables()
    {
        RuleAssert.Pass(F5, TestReport.Clean2021().Build());
        RuleAssert.Pass(F5, TestReport.Clean2019().Build());
        var r = RuleAssert.Fail(F5, TestReport.Clean2021().WithoutNote("balance").WithoutNote("unit_10k_yuan").Build(), findings: 2, severity: Severity.Info);
        Assert.All(r.Findings, f => Assert.Equal(F5PrintedNotesRule.Missing, f.MessageKey));
        RuleAssert.Pass(F5, TestReport.Clean2021().WithoutNote("balance").WithoutNote("partial_once").DropTable(TableId.Applications).Build());
        var noTables = TestReport.Clean2021().DropTable(TableId.Proactive).DropTable(TableId.Applications).DropTable(TableId.Appeals).Build();
        RuleAssert.NotAssessable(F5, noTables, CommonMessages.TableMissing);
    }

    [Fact]
    public void F6_TitleAndPeriodYearsDiffer()
    {
        var r = RuleAssert.Fail(F6, TestReport.Clean2021().Period(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Build());
        var f = RuleAssert.Single(r, F6YearsAndCitationsRule.TitlePeriod);
        Assert.Equal("2023", f.Arg("titleYear"));
        Assert.Equal("2022", f.Arg("periodYear"));
    }

    [Fact]
    public void F6_PeriodNotAWholeYear()
    {
        var r = RuleAssert.Fail(F6, TestReport.Clean2021().Period(new DateOnly(2023, 1, 1), new DateOnly(2023, 11, 30)).Build());
        RuleAssert.Single(r, F6YearsAndCitationsRule.PeriodSpan);
    }

    [Fact]
    public void F6_WrongDocumentNumber()
    {
        var report = TestReport.Clean2021().Preamble("本报告按照《中华人民共和国政府信息公开工作年度报告格式》（国办发〔2021〕30号）编制。").Build();
        var f = RuleAssert.Single(RuleAssert.Fail(F6, report), F6YearsAndCitationsRule.DocumentNumber);
        Assert.Equal("国办发〔2021〕30号", f.Arg("cited"));
        Assert.Equal("国办公开办函〔2021〕30号", f.Arg("expected"));
        RuleAssert.Pass(F6, TestReport.Clean2021().Preamble("依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收费。").Build());
    }

    [Fact]
    public void F6_OverviewSpeaksOfAnotherYear()
    {
        var report = TestReport.Clean2021().ClearProse(SectionId.Overview)
            .Prose(SectionId.Overview, "2022年，本局推进公开。2022年发布信息。2022年完善制度。2023年继续推进。").Build();
        var f = RuleAssert.Single(RuleAssert.Fail(F6, report), F6YearsAndCitationsRule.ProseYear);
        Assert.Equal("2022", f.Arg("otherYear"));
        Assert.Equal("3", f.Arg("otherCount"));
        var balanced = TestReport.Clean2021().Prose(SectionId.Overview, "对照2022年的问题，2022年度改进措施已落实。").Build();
        RuleAssert.Pass(F6, balanced);
    }

    [Fact]
    public void F6_NothingToCompare_NotAssessable()
    {
        var report = TestReport.Clean2021().ClearProse(preamble: true).NoPeriod().Title(null).Year(null).Build();
        RuleAssert.NotAssessable(F6, report, CommonMessages.YearUnknown);
    }
}

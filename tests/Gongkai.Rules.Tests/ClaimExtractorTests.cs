using Gongkai.Rules.Narrative;
using Gongkai.Schema;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Rules.Tests;

/// <summary>The prose patterns, on sentences written for these tests (invented agencies).</summary>
public sealed class ClaimExtractorTests
{
    private static Claim One(string text, ClaimKind kind) => Assert.Single(ClaimExtractor.Extract(text).Claims, c => c.Kind == kind);

    private static void None(string text, ClaimKind kind) => Assert.DoesNotContain(ClaimExtractor.Extract(text).Claims, c => c.Kind == kind);

    [Theory]
    [InlineData("2023年，临川县民政局收到依申请公开 12 件，均按时答复。", 12)]
    [InlineData("全年共受理政府信息公开申请35件。", 35)]
    [InlineData("本年度新收政府信息公开申请 4 件。", 4)]
    [InlineData("通过信函、网络等渠道接收的各类政府信息公开申请共计 19 件。", 19)]
    [InlineData("本机关各类政府信息公开申请共计23件，较上年有所增加。", 23)]
    public void Received(string text, int n)
    {
        var c = One(text, ClaimKind.Received);
        Assert.Equal(n, c.Value);
        Assert.Contains(n.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Received_SpanPointsAtTheQuote()
    {
        const string text = "前言。青禾市生态环境局收到政府信息公开申请 8 件。";
        var c = One(text, ClaimKind.Received);
        Assert.Equal(text.IndexOf("收到", StringComparison.Ordinal), c.Where.Span.Start);
        Assert.Equal(c.Quote, text.Substring(c.Where.Span.Start, c.Where.Span.Length));
        Assert.Equal(c.Where.Span.Start + 1, c.Where.Column);
    }

    [Fact]
    public void Received_ScopedWordsAreMarked() =>
        Assert.True(One("县政府办公室代表县政府受理信息公开申请 9 件。", ClaimKind.Received).Scoped);

    [Theory]
    [InlineData("确保受理一件、答复一件，不出现遗漏。")]
    [InlineData("本年度未收到政府信息公开申请。")]
    [InlineData("全年收到行政复议申请 2 件。")]
    [InlineData("全年收到人大代表建议 6 件。")]
    public void NotReceived(string text) => None(text, ClaimKind.Received);

    [Fact]
    public void ApplicantBreakdown_InTheSameSentence()
    {
        var set = ClaimExtractor.Extract("全年收到申请 9 件，其中自然人 5 件、科研机构 1 件、法人或其他组织 3 件。另有自然人 4 件投诉。");
        var parts = set.Claims.Where(c => c.Kind == ClaimKind.Applicant).ToList();
        Assert.Equal(3, parts.Count);
        Assert.Equal(T2.NaturalPerson, parts[0].Column);
        Assert.Equal(5, parts[0].Value);
        Assert.Equal(T2.Research, parts[1].Column);
        Assert.Null(parts[2].Column);
    }

    [Fact]
    public void Concluded_CarriedForward_CarriedOver_Handled()
    {
        var set = ClaimExtractor.Extract("全年收到政府信息公开申请 10 件（含上年度结转申请 2 件），本年度办结 9 件，结转下年度继续办理 3 件。");
        Assert.Equal(10, set.First(ClaimKind.Received)!.Value);
        Assert.Equal(2, set.First(ClaimKind.CarriedOver)!.Value);
        Assert.Equal(9, set.First(ClaimKind.Concluded)!.Value);
        Assert.Equal(3, set.First(ClaimKind.CarriedForward)!.Value);
        Assert.Equal(14, One("全年答复政府信息公开申请 14 件，另有 5 件申请依法顺延至下一年度答复。", ClaimKind.Handled).Value);
        Assert.Equal(5, One("全年答复政府信息公开申请 14 件，另有 5 件申请依法顺延至下一年度答复。", ClaimKind.CarriedForward).Value);
        Assert.Equal(6, One("答复政府信息公开申请 6 件。", ClaimKind.Concluded).Value);
        None("办结人大代表建议 6 件。", ClaimKind.Concluded);
    }

    [Theory]
    [InlineData("2023年，本局未收到政府信息公开申请。")]
    [InlineData("本年度未收到依申请公开件。")]
    [InlineData("全年没有收到公民、法人或者其他组织提出的政府信息公开申请。")]
    [InlineData("本单位无依申请公开事项。")]
    public void NoApplications(string text) => One(text, ClaimKind.NoApplications);

    [Theory]
    [InlineData("本年度未收到行政复议申请。")]
    [InlineData("未收到政协提案办理申请。")]
    [InlineData("本年度未收取信息处理费。")]
    public void NotNoApplications(string text) => None(text, ClaimKind.NoApplications);

    [Fact]
    public void Appeals()
    {
        var none = One("全年未发生因政府信息公开引起的行政复议、行政诉讼。", ClaimKind.NoAppeals);
        Assert.Equal(AppealScope.All, none.Scope);
        Assert.Equal(AppealScope.Review, One("本年度没有政府信息公开行政复议案件。", ClaimKind.NoAppeals).Scope);
        Assert.Equal(AppealScope.Review, One("未发生行政复议被纠错的情况。", ClaimKind.NoCorrections).Scope);
        var upheld = One("因政府信息公开被申请行政复议3件，均获维持。", ClaimKind.AllUpheld);
        Assert.Equal(AppealScope.Review, upheld.Scope);
        Assert.Equal(AppealScope.All, One("相关案件均获维持。", ClaimKind.AllUpheld).Scope);
        Assert.Equal(3, One("因政府信息公开被申请行政复议3件，均获维持。", ClaimKind.ReviewCount).Value);
        var set = ClaimExtractor.Extract("涉及政府信息公开的行政复议案件 2 件、行政诉讼案件 4 件。");
        Assert.Equal(2, set.First(ClaimKind.ReviewCount)!.Value);
        Assert.Equal(4, set.First(ClaimKind.SuitCount)!.Value);
        None("积极履行行政复议、行政诉讼义务。", ClaimKind.NoAppeals);
        None("全年办理行政复议案件 120 件。", ClaimKind.ReviewCount);
        Assert.Equal(120, Assert.Single(ClaimExtractor.Extract("全年办理行政复议案件 120 件。", SectionId.Appeals).Claims).Value);
    }

    [Fact]
    public void NormativeDocuments()
    {
        Assert.Equal(3, One("全年制定行政规范性文件 3 件。", ClaimKind.NormativeIssued).Value);
        Assert.Equal(4, One("本年度发布规范性文件4个。", ClaimKind.NormativeIssued).Value);
        Assert.Equal(57, One("清理后集中公布现行有效行政规范性文件57件。", ClaimKind.NormativeInForce).Value);
        var set = ClaimExtractor.Extract("主动公开规章2件，行政规范性文件11件。");
        Assert.Equal(2, set.First(ClaimKind.RegulationsIssued)!.Value);
        Assert.Equal(11, set.First(ClaimKind.NormativeIssued)!.Value);
        var both = ClaimExtractor.Extract("集中公布现行有效行政规范性文件 40 件，本年度新制发的规范性文件 6 件。");
        Assert.Equal(40, both.First(ClaimKind.NormativeInForce)!.Value);
        Assert.Equal(6, both.First(ClaimKind.NormativeIssued)!.Value);
        None("全年废止行政规范性文件 5 件。", ClaimKind.NormativeIssued);
        None("刊登部门规范性文件 8 件。", ClaimKind.NormativeIssued);
        None("制定规章制度 3 项。", ClaimKind.RegulationsIssued);
    }

    [Fact]
    public void Sums()
    {
        var s = Assert.Single(ClaimExtractor.Extract("全年发布信息 50 条，其中工作动态 30 条、通知公告 15 条；人事信息 5 条。").Sums);
        Assert.Equal(50, s.Total);
        Assert.Equal([30m, 15m, 5m], s.Parts.ToArray());
        Assert.True(s.PlainEnumeration);
        var runOn = Assert.Single(ClaimExtractor.Extract("收到申请 11 件，其中，自然人 7 件、企业 4 件，办结 9 件，占 82%。").Sums);
        Assert.Equal([7m, 4m, 9m], runOn.Parts.ToArray());
        Assert.False(runOn.PlainEnumeration);
        Assert.Empty(ClaimExtractor.Extract("共发布信息 54 条。").Sums);
        var people = Assert.Single(ClaimExtractor.Extract("开展培训 30 人次，其中干部 20 人次、群众 10 人次，另组织检查 4 次。").Sums);
        Assert.Equal("人次", people.Unit);
        Assert.Equal([20m, 10m], people.Parts.ToArray());
        var times = Assert.Single(ClaimExtractor.Extract("开展活动 5 次，其中线上 3 次、线下 2 次，覆盖 40 人次。").Sums);
        Assert.Equal([3m, 2m], times.Parts.ToArray());
        Assert.Equal(2.5m, Assert.Single(ClaimExtractor.Extract("收费 2.5 件，其中甲 1.5 件、乙 1 件。").Sums).Total);
    }

    [Fact]
    public void OneSentence_ManyStatements()
    {
        var set = ClaimExtractor.Extract("依申请公开方面，代表区政府共受理政府信息公开申请 40 件；答复政府信息公开申请 36 件（含上年度结转申请 3 件，另有 7 件申请依法顺延到下年度答复）。行政复议 2 件，诉讼 1 件，均获维持。");
        Assert.True(set.First(ClaimKind.Received)!.Scoped);
        Assert.Equal(36, set.First(ClaimKind.Concluded)!.Value);
        Assert.Equal(3, set.First(ClaimKind.CarriedOver)!.Value);
        Assert.Equal(7, set.First(ClaimKind.CarriedForward)!.Value);
        Assert.Equal(AppealScope.All, set.First(ClaimKind.AllUpheld)!.Scope);
        Assert.Equal(2, set.First(ClaimKind.ReviewCount)!.Value);
        Assert.Equal(1, set.First(ClaimKind.SuitCount)!.Value);
        var sum = Assert.Single(ClaimExtractor.Extract("办结申请 20 件，其中：予以公开 12 件，占60%；不予公开 3 件，占15%；无法提供 5 件，占25%；另有行政复议 1 件。").Sums);
        Assert.Equal([12m, 3m, 5m, 1m], sum.Parts.ToArray());
    }

    [Fact]
    public void FullWidthNormalisedTextAndSpaces()
    {
        Assert.Equal(15, One("全年收到政府信息公开申请  15  件。", ClaimKind.Received).Value);
        Assert.Empty(ClaimExtractor.Extract("没有数字的段落。").Claims);
    }
}

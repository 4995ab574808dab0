using Gongkai.Labels;
using Gongkai.Schema;

namespace Gongkai.Tests;

public sealed class LabelIndexTests
{
    private static readonly LabelIndex Index = LabelIndex.Default;

    [Theory]
    [InlineData("（一）予以公开", LabelMatchKind.Exact, "granted")]
    [InlineData("(一) 予以公开", LabelMatchKind.Typography, "granted")]
    [InlineData("1.属于国家秘密", LabelMatchKind.Exact, "denied.1")]
    [InlineData("1、属于国家秘密", LabelMatchKind.Typography, "denied.1")]
    [InlineData("1. 属于国家秘密", LabelMatchKind.Typography, "denied.1")]
    [InlineData("3.危及三安全一稳定", LabelMatchKind.Typography, "denied.3")]
    [InlineData("2.其他法律行政止公开", LabelMatchKind.Misspelling, "denied.2")]
    [InlineData("三、 本 年 度 办 理 结 束", LabelMatchKind.Misspelling, "results")]
    [InlineData("四、结转下年度继续办理", LabelMatchKind.Exact, "carried_forward")]
    [InlineData("（七）总计", LabelMatchKind.Exact, "total")]
    public void Table2Labels_AreRecognised(string printed, LabelMatchKind kind, string key)
    {
        var m = Index.Match(printed, TableId.Applications);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(key, m.Best!.Key);
        Assert.Equal(TableId.Applications, m.Best.Table);
    }

    [Theory]
    [InlineData("自然 人", "natural_person")]
    [InlineData("商业企 业", "commercial")]
    [InlineData("法律服 务机构", "legal_service")]
    [InlineData("其他", "other_org")]
    [InlineData("总计", "total")]
    public void ApplicantColumns_SplitBySpaces_AreTypographyVariants(string printed, string key)
    {
        var m = Index.Match(printed, TableId.Applications);
        Assert.Equal(LabelKind.Column, m.Best!.Kind);
        Assert.Equal(key, m.Best.Key);
        Assert.True(m.Kind <= LabelMatchKind.Typography);
    }

    [Fact]
    public void NumberedOther_InGroupContext_IsTheRowNotTheColumn()
    {
        var m = Index.Match("3.其他", TableId.Applications, SchemaIds.T2.Other);
        Assert.Equal(LabelKind.Row, m.Best!.Kind);
        Assert.Equal("other.3", m.Best.Key);
    }

    [Fact]
    public void KnownMisspelling_OfTable1Column_NamesTheOfficialLabel()
    {
        var m = Index.Match("本年度止件数", TableId.Proactive);
        Assert.Equal(LabelMatchKind.Misspelling, m.Kind);
        Assert.Equal("本年废止件数", m.Best!.Label);
        Assert.Equal(EditionSet.National2021, m.Best.Editions);
    }

    [Theory]
    [InlineData("規範性檔案", "normative_docs", EditionSet.Trial2019)]
    [InlineData("行政規範性檔案", "normative_docs", EditionSet.National2021)]
    [InlineData("行政強製", "coercion", EditionSet.Both)]
    [InlineData("本年製發件數", "issued", EditionSet.National2021)]
    public void TraditionalCharacters_AreRecognised(string printed, string key, EditionSet editions)
    {
        var m = Index.Match(printed, TableId.Proactive);
        Assert.Equal(LabelMatchKind.Traditional, m.Kind);
        Assert.Equal(key, m.Best!.Key);
        Assert.Equal(editions, m.Best.Editions);
    }

    [Fact]
    public void FuzzyMatch_FindsAClearlyClosestLabel()
    {
        var m = Index.Match("6.属于四类过程信息", TableId.Applications);
        Assert.Equal(LabelMatchKind.Fuzzy, m.Kind);
        Assert.Equal("denied.6", m.Best!.Key);
        Assert.InRange(m.Similarity, 0.7, 0.99);
    }

    [Theory]
    [InlineData("其他主动公开文件")]
    [InlineData("备注")]
    [InlineData("合计金额万元以上")]
    public void UnrelatedText_IsUnknown(string printed) =>
        Assert.Equal(LabelMatchKind.Unknown, Index.Match(printed, TableId.Proactive).Kind);

    [Theory]
    [InlineData("(一) 予以公开", LabelPrefixStyle.Paren, 1, "予以公开")]
    [InlineData("（七）总计", LabelPrefixStyle.Paren, 7, "总计")]
    [InlineData("一、本年新收", LabelPrefixStyle.Top, 1, "本年新收")]
    [InlineData("十二、其他", LabelPrefixStyle.Top, 12, "其他")]
    [InlineData("5.要求", LabelPrefixStyle.Digit, 5, "要求")]
    [InlineData("（3）要求", LabelPrefixStyle.Digit, 3, "要求")]
    [InlineData("规章", LabelPrefixStyle.None, 0, "规章")]
    [InlineData("一", LabelPrefixStyle.None, 0, "一")]
    public void Split_SeparatesNumberingFromCore(string text, LabelPrefixStyle style, int number, string core)
    {
        var (prefix, c) = LabelIndex.Split(text);
        Assert.Equal(style, prefix.Style);
        Assert.Equal(number, prefix.Number);
        Assert.Equal(core, c);
    }

    [Fact]
    public void EveryOfficialLabel_MatchesItselfExactly()
    {
        foreach (var schema in new[] { ReportSchema.Edition2021, ReportSchema.Edition2019 })
        {
            foreach (var table in schema.Tables)
            {
                foreach (var row in table.Rows)
                {
                    var m = Index.Match(row.Label, table.Id, row.GroupKey);
                    Assert.True(m.Kind == LabelMatchKind.Exact, $"{row.Label}: {m.Kind}");
                    Assert.Contains(m.Candidates, c => c.Key == row.Key && c.Table == table.Id);
                }
            }
        }
    }
}

using Gongkai.Formats.Writing;
using Gongkai.Labels;

namespace Gongkai.Tests.Writers;

/// <summary>Chinese punctuation put back full-width, and run-in headings found, without changing what a reader reads.</summary>
public sealed class TypographyTests
{
    [Theory]
    [InlineData("2020年,因政府信息公开工作被申请行政复议3件;其中(一)维持", "2020年，因政府信息公开工作被申请行政复议3件；其中（一）维持")]
    [InlineData("分值占比4%;组织开展评议", "分值占比4%；组织开展评议")]
    [InlineData("COVID-19, 2.5 and 12:30", "COVID-19, 2.5 and 12:30")]
    [InlineData("联系电话:0000-83620517", "联系电话：0000-83620517")]
    [InlineData("已经是全角，（一）", "已经是全角，（一）")]
    public void Widen_PutsBackChinesePunctuation(string read, string written)
    {
        Assert.Equal(written, ChineseTypography.Widen(read));
        Assert.Equal(LabelNormalizer.NormalizeText(read), LabelNormalizer.NormalizeText(written));
    }

    [Theory]
    [InlineData("（一）主动公开。全年公开信息 30 条。", "（一）主动公开。")]
    [InlineData("（二）依申请公开", "（二）依申请公开")]
    [InlineData("(三) 政府信息管理：严格审查。", "(三) 政府信息管理：")]
    [InlineData("（一）全年主动公开政府信息 926 条，其中环境质量信息 312 条。", "")]
    [InlineData("一是依申请公开工作需要进一步加强。", "")]
    public void RunInHeading_IsTheNumberedLeadOnly(string paragraph, string head) =>
        Assert.Equal(head, paragraph[..RunInHeading.Length(paragraph)]);
}

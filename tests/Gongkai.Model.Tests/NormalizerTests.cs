using FsCheck;
using FsCheck.Fluent;
using Gongkai.Labels;

namespace Gongkai.Tests;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("２０２３年", "2023年")]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("自然\u3000人", "自然 人")]
    [InlineData("plain", "plain")]
    public void NormalizeText_MapsFullWidthOneForOne(string input, string expected) =>
        Assert.Equal(expected, LabelNormalizer.NormalizeText(input));

    [Fact]
    public void NormalizeText_KeepsLengthForAnyText() =>
        Prop.ForAll<string>(s => s is null || LabelNormalizer.NormalizeText(s).Length == s.Length).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("（二） 部分公开", "(二)部分公开")]
    [InlineData("危及“三安全一稳定”", "危及三安全一稳定")]
    [InlineData("1、属于", "1.属于")]
    [InlineData("信息内容：", "信息内容")]
    public void Key_RemovesTypography(string input, string expected) =>
        Assert.Equal(expected, LabelNormalizer.Key(input));

    [Theory]
    [InlineData("自然 人", true)]
    [InlineData("商业企 业", true)]
    [InlineData("结果 维持", true)]
    [InlineData("(一) 予以公开", false)]
    [InlineData("自然人", false)]
    public void HasInnerSpace_OnlyBetweenChineseCharacters(string text, bool expected) =>
        Assert.Equal(expected, LabelNormalizer.HasInnerSpace(text));

    [Fact]
    public void Traditional_ConvertsTheFormatsVocabulary()
    {
        Assert.Equal("规范性文件", TraditionalChinese.ToSimplified("規範性檔案"));
        Assert.Equal("本年制发件数", TraditionalChinese.ToSimplified("本年製發件數"));
        Assert.Equal("显著", TraditionalChinese.ToSimplified("显著"));
    }
}

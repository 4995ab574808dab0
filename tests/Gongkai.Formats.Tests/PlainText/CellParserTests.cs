using Gongkai.Formats.Assembly;
using Gongkai.Reports;

namespace Gongkai.Tests;

public sealed class CellParserTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("０", 0)]
    [InlineData("１２３", 123)]
    [InlineData("+3", 3)]
    [InlineData("-2", -2)]
    [InlineData("減3", -3)]
    [InlineData("增加5", 5)]
    [InlineData("2766.7879", 2766.7879)]
    [InlineData("1,234", 1234)]
    [InlineData("12,345,678.5", 12345678.5)]
    [InlineData("251000元", 251000)]
    [InlineData("8 件", 8)]
    public void Numbers_AreRead(string text, double expected)
    {
        var p = CellParser.Parse(text);
        Assert.Equal(CellState.Number, p.Value.State);
        Assert.Equal((decimal)expected, p.Value.Number);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("-")]
    [InlineData("_")]
    [InlineData("无")]
    [InlineData("---")]
    public void Placeholders_AreNotZero(string text)
    {
        var p = CellParser.Parse(text);
        Assert.Equal(CellState.Placeholder, p.Value.State);
        Assert.Equal(text.Trim(), p.Value.Raw.Length == text.Length ? text : p.Value.Raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\u3000")]
    public void Empty_IsBlank(string text) => Assert.Equal(CellState.Blank, CellParser.Parse(text).Value.State);

    [Theory]
    [InlineData("12a")]
    [InlineData("1,23")]
    [InlineData("1.2.3")]
    [InlineData("约10")]
    [InlineData("规章")]
    [InlineData(".5")]
    [InlineData("5.")]
    public void Other_IsUnreadable(string text) => Assert.Equal(CellState.Unreadable, CellParser.Parse(text).Value.State);
}

using Gongkai.Diagnostics;
using Gongkai.Localization;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Tests;

public sealed class TextTests
{
    [Fact]
    public void SourceText_MapsOffsetsToLinesAndColumns()
    {
        var st = new SourceText("ab\r\ncd\nef\rg");
        Assert.Equal(4, st.LineCount);
        Assert.Equal(new SourceRef(new TextSpan(0, 1), 1, 1), st.GetRef(new TextSpan(0, 1)));
        Assert.Equal(new SourceRef(new TextSpan(5, 1), 2, 2), st.GetRef(new TextSpan(5, 1)));
        Assert.Equal(new SourceRef(new TextSpan(10, 1), 4, 1), st.GetRef(new TextSpan(10, 1)));
        Assert.Equal(new TextSpan(4, 2), st.GetLineSpan(2));
    }

    [Fact]
    public void TextSpan_RejectsNegativeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(1, -2));
        Assert.True(new TextSpan(2, 5).Contains(new TextSpan(3, 2)));
        Assert.False(new TextSpan(2, 5).Contains(new TextSpan(6, 2)));
    }

    [Fact]
    public void CellValue_KeepsItsStatesApart()
    {
        Assert.NotEqual(CellValue.Of(0), CellValue.Blank());
        Assert.NotEqual(CellValue.Blank(), CellValue.Absent);
        Assert.Null(CellValue.Placeholder("/").AsNumber());
        Assert.Equal(0m, CellValue.Of(0).AsNumber());
        Assert.True(CellValue.Placeholder("—").IsNotFilled);
        Assert.False(CellValue.Unreadable("abc").IsNotFilled);
    }

    [Fact]
    public void MessageFormatter_FillsNamedArgumentsInEitherLanguage()
    {
        var d = Diagnostic.Create("X1", Severity.Warning, "k", SourceRef.None, new MessageArg("row", "“规章”", "rules"), MessageArg.Of("n", 3));
        Assert.Equal("“规章” 有 3 处 {missing}", MessageFormatter.Fill("{row} 有 {n} 处 {missing}", d.Args, Language.Zh));
        Assert.Equal("rules: 3", MessageFormatter.Fill("{row}: {n}", d.Args, Language.En));
    }
}

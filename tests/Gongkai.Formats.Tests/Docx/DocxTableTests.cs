using Gongkai.Formats;
using Gongkai.Formats.Docx;
using static Gongkai.Tests.Docx.MiniDocx;

namespace Gongkai.Tests.Docx;

/// <summary>Tables: merged cells expanded into a grid, frames read as blocks, text boxes read in place, limits.</summary>
public sealed class DocxTableTests
{
    private static string Tc(string text, string props = "") => "<w:tc>" + (props.Length > 0 ? "<w:tcPr>" + props + "</w:tcPr>" : string.Empty) + P(text) + "</w:tc>";

    private static string Span(int n) => "<w:gridSpan w:val=\"" + n + "\"/>";

    private const string Restart = "<w:vMerge w:val=\"restart\"/>";
    private const string Continue = "<w:vMerge/>";

    private static string Tr(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    private static string Tbl(params string[] rows) => "<w:tbl>" + string.Concat(rows) + "</w:tbl>";

    [Fact]
    public void GridSpanAndVMerge_ExpandIntoAGrid()
    {
        var (layout, text, _) = Layout(FromBody(Tbl(
            Tr(Tc("注", Span(2) + Restart), Tc("申请人情况", Span(2))),
            Tr(Tc(string.Empty, Span(2) + Continue), Tc("自然人"), Tc("总计")),
            Tr(Tc("结果", Restart), Tc("（一）予以公开"), Tc("1"), Tc("1")),
            Tr(Tc(string.Empty, Continue), Tc("（二）部分公开"), Tc("2"), Tc("2")),
            Tr(Tc(string.Empty, "<w:vMerge w:val=\"continue\"/>"), Tc("（七）总计"), Tc("3"), Tc("3")))));
        var t = Assert.Single(Tables(layout!));
        Assert.True(t.IsGrid);
        Assert.Equal(
            [
                ["注", "注", "申请人情况", "申请人情况"],
                ["注", "注", "自然人", "总计"],
                ["结果", "(一)予以公开", "1", "1"],
                ["结果", "(二)部分公开", "2", "2"],
                ["结果", "(七)总计", "3", "3"],
            ],
            Texts(t));

        // a merged cell keeps one place: every copy has the place of the cell that starts it
        Assert.Equal(t.Rows[0].Cells[0].Where, t.Rows[1].Cells[1].Where);
        Assert.Equal(t.Rows[2].Cells[0].Where, t.Rows[4].Cells[0].Where);
        Assert.Equal("table 1, row 3, cell 1", t.Rows[4].Cells[0].Where.Anchor);
        Assert.Equal("table 1, row 3, cell 3", t.Rows[2].Cells[2].Where.Anchor);
        Assert.Equal("（一）予以公开", t.Rows[2].Cells[1].Raw);
        foreach (var c in t.Rows.SelectMany(r => r.Cells))
        {
            Assert.Equal(c.Text, text.Substring(c.Where.Span.Start, c.Where.Span.Length));
        }
    }

    [Fact]
    public void GridBefore_LeavesEmptyCells_HugeSpansAreClipped()
    {
        var (layout, _, _) = Layout(FromBody(Tbl(
            Tr(Tc("a"), Tc("b"), Tc("c")),
            "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + Tc("9") + "</w:tr>",
            Tr(Tc("x", Span(1_000_000))))), new DocxReaderOptions { MaxTableColumns = 8 });
        var rows = Texts(Tables(layout!)[0]);
        Assert.Equal(["", "", "9"], rows[1]);
        Assert.Equal(8, rows[2].Length);
    }

    [Fact]
    public void CellParagraphs_JoinedWithASpace_LineIsTheFirstParagraph()
    {
        var (layout, _, _) = Layout(FromBody(P("前") + Tbl(Tr("<w:tc>" + P("商业") + P("企业") + "</w:tc>", Tc("3")))));
        var cell = Tables(layout!)[0].Rows[0].Cells[0];
        Assert.Equal("商业 企业", cell.Text);
        Assert.Equal(2, cell.Where.Line);
        Assert.Equal(4, Tables(layout!)[0].Rows[0].Cells[1].Where.Line);
    }

    [Fact]
    public void NestedLayoutTable_IsAFrameAroundBlocks()
    {
        var inner = Tbl(Tr(Tc("行政许可"), Tc("18")));
        var (layout, _, _) = Layout(FromBody(Tbl(
            Tr("<w:tc>" + P("二、主动公开政府信息情况") + inner + P(string.Empty) + "</w:tc>"),
            Tr("<w:tc>" + P("三、收到和处理政府信息公开申请情况") + "</w:tc>"))));
        Assert.Collection(
            layout!.Blocks,
            b => Assert.Equal("二、主动公开政府信息情况", Assert.IsType<Gongkai.Formats.Layout.LayoutParagraph>(b).Text),
            b => Assert.Equal([["行政许可", "18"]], Texts(Assert.IsType<Gongkai.Formats.Layout.LayoutTable>(b))),
            b => Assert.Equal("三、收到和处理政府信息公开申请情况", Assert.IsType<Gongkai.Formats.Layout.LayoutParagraph>(b).Text));
        Assert.Equal("table 2, row 1, cell 1", Tables(layout!)[0].Rows[0].Cells[0].Where.Anchor);
    }

    [Fact]
    public void SingleCellTable_IsAFrame()
    {
        var (layout, _, _) = Layout(FromBody(Tbl(Tr("<w:tc>" + P("一、总体情况") + P("正文。") + "</w:tc>"))));
        Assert.Equal(["一、总体情况", "正文。"], Paragraphs(layout!).Select(p => p.Text));
        Assert.Empty(Tables(layout!));
    }

    [Fact]
    public void TextBoxes_ReadInPlace_DrawingMlOnceNotAlsoItsVmlFallback()
    {
        const string box = "<w:txbxContent>" + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政处罚</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" + "<w:p><w:r><w:t>框内说明</w:t></w:r></w:p></w:txbxContent>";
        var (layout, _, _) = Layout(FromBody(
            P("之前") +
            "<w:p><w:r><w:t>锚点段</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box +
            "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" +
            "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P("VML 框") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>" +
            P("之后")));
        Assert.Equal(["之前", "锚点段", "框内说明", "VML 框", "之后"], Paragraphs(layout!).Select(p => p.Text));
        Assert.Equal([["行政处罚", "4"]], Texts(Assert.Single(Tables(layout!))));
        Assert.IsType<Gongkai.Formats.Layout.LayoutTable>(layout!.Blocks[2]);
    }

    [Fact]
    public void ContentControlsAroundRowsAndCells_AreRead()
    {
        var (layout, _, _) = Layout(FromBody(Tbl(
            "<w:sdt><w:sdtContent>" + Tr(Tc("规章"), "<w:sdt><w:sdtContent>" + Tc("2") + "</w:sdtContent></w:sdt>") + "</w:sdtContent></w:sdt>",
            Tr(Tc("行政许可"), Tc("5")))));
        Assert.Equal([["规章", "2"], ["行政许可", "5"]], Texts(Tables(layout!)[0]));
    }

    [Fact]
    public void DeepNesting_SkippedWithAWarning()
    {
        var body = P("顶");
        for (var i = 0; i < 6; i++)
        {
            body = Tbl(Tr("<w:tc>" + body + P(string.Empty) + "</w:tc>"), Tr(Tc("x" + i)));
        }

        var (layout, _, diagnostics) = Layout(FromBody(body), new DocxReaderOptions { MaxNesting = 3 });
        Assert.NotNull(layout);
        Assert.Contains(diagnostics, d => d.Id == ReaderMessages.NestingTooDeep && d.Severity == Diagnostics.Severity.Warning);
        Assert.DoesNotContain(Paragraphs(layout!), p => p.Text == "顶");
        Assert.Contains(Paragraphs(layout!), p => p.Text == "x5");
    }

    [Fact]
    public void TooManyGridCells_Refused()
    {
        var row = Tr(Tc("a", Span(100)));
        var (layout, _, diagnostics) = Layout(FromBody(Tbl(Enumerable.Repeat(row, 50).ToArray())), new DocxReaderOptions { MaxGridCells = 1000 });
        Assert.Null(layout);
        Assert.Equal(ReaderMessages.LimitExceeded, Assert.Single(diagnostics).Id);
    }
}

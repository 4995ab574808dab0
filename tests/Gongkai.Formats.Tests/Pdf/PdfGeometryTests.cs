using Gongkai.Formats.Layout;
using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

/// <summary>
/// The geometry of tables, one hazard at a time, on pages drawn by hand (no pdftotext needed): numbers go to the
/// column whose header stands above them, merged and wrapped labels go to their rows, page footers go.
/// </summary>
public sealed class PdfGeometryTests
{
    // running text across the body, so that the body's edges are known (60 to 510)
    private static PageSketch Body() => new PageSketch()
        .Prose("本报告由某某县人民政府办公室根据条例编制本年度报告，所列数据统计期限为全年度。", 60)
        .Prose("二、主动公开政府信息情况", 90);

    private static string N(string s) => Gongkai.Labels.LabelNormalizer.NormalizeText(s);

    [Fact]
    public void HeaderOverThreeLines_IsOneColumnHeader_AndValuesGoUnderIt()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("社会", 360, 113).Word("公益", 360, 126).Word("组织", 360, 139).Word("总", 410, 126).Word("计", 425, 126)
            .Word("一、本年新收政府信息公开申请数量", 60, 170).Word("21", 310, 170).Word("3", 370, 170).Word("24", 415, 170)
            .Word("二、上年结转政府信息公开申请数量", 60, 195).Word("0", 310, 195).Word("0", 370, 195).Word("0", 415, 195)
            .Build();
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.True(table.IsGrid);
        Assert.Equal(
            [N("|自然人|社会公益组织|总计"), N("一、本年新收政府信息公开申请数量|21|3|24"), N("二、上年结转政府信息公开申请数量|0|0|0")],
            PageSketch.Rows(doc));
    }

    [Fact]
    public void RightAlignedNumbers_UnderCentredHeaders_AreTheirs()
    {
        // cells 230–310, 310–390, 390–470: headers centred, numbers set against the right edge of the cell
        var doc = Body()
            .Word("自然人", 255, 120).Word("商业企业", 330, 120).Word("总计", 420, 120)
            .Word("一、本年新收政府信息公开申请数量", 60, 150).Word("12", 295, 150).Word("3", 380.5, 150).Word("15", 455, 150)
            .Word("二、上年结转政府信息公开申请数量", 60, 175).Word("1", 300.5, 175).Word("0", 380.5, 175).Word("1", 460.5, 175)
            .Build();
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.True(table.IsGrid);
        Assert.Equal(N("一、本年新收政府信息公开申请数量|12|3|15"), PageSketch.Rows(doc)[1]);
        Assert.DoesNotContain(table.Rows.SelectMany(r => r.Cells), c => c.Unplaced);
    }

    [Fact]
    public void BlankCell_StaysBlankInItsColumn()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("商业", 350, 120).Word("总计", 400, 120)
            .Word("一、本年新收政府信息公开申请数量", 60, 150).Word("5", 310, 150).Word("5", 410, 150)
            .Word("二、上年结转政府信息公开申请数量", 60, 175).Word("1", 310, 175).Word("2", 360, 175).Word("3", 410, 175)
            .Build();
        Assert.Equal(N("一、本年新收政府信息公开申请数量|5||5"), PageSketch.Rows(doc)[1]);
    }

    [Fact]
    public void ColumnBlankInEveryRow_KeepsItsHeaderAndItsCells()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("商业", 350, 120).Word("总计", 400, 120)
            .Word("一、本年新收政府信息公开申请数量", 60, 150).Word("5", 310, 150).Word("5", 410, 150)
            .Word("二、上年结转政府信息公开申请数量", 60, 175).Word("1", 310, 175).Word("1", 410, 175)
            .Build();
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.True(table.IsGrid);
        Assert.Equal([N("|自然人|商业|总计"), N("一、本年新收政府信息公开申请数量|5||5"), N("二、上年结转政府信息公开申请数量|1||1")], PageSketch.Rows(doc));
    }

    [Fact]
    public void WrappedLabel_WithItsNumbersLevelWithItsMiddle_IsOneRow()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("总计", 360, 120)
            .Word("（一）予以公开", 60, 150).Word("1", 310, 150).Word("1", 370, 150)
            .Word("（二）部分公开（区分处理的，只计这一情", 60, 170).Word("形，不计其他情形）", 60, 183)
            .Word("4", 310, 176).Word("4", 370, 176)
            .Word("（七）总计", 60, 205).Word("5", 310, 205).Word("5", 370, 205)
            .Build();
        Assert.Contains(N("（二）部分公开（区分处理的，只计这一情形，不计其他情形）|4|4"), PageSketch.Rows(doc));
        Assert.Equal(4, PageSketch.Rows(doc).Count);
    }

    [Fact]
    public void VerticalGroupLabel_AndCentredGroupLabel_GoToTheFirstRowTheySpan()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("总计", 360, 120)
            .Word("二、上年结转政府信息公开申请数量", 60, 145).Word("0", 310, 145).Word("0", 370, 145)
            .Vertical("三、本年度办理结果", 70, 160)
            .Word("（一）予以公开", 90, 170).Word("1", 310, 170).Word("1", 370, 170)
            .Word("1.属于国家秘密", 180, 190).Word("0", 310, 190).Word("0", 370, 190)
            .Word("（三）不予公开", 90, 210)
            .Word("2.其他法律行政法规禁止公开", 180, 210).Word("0", 310, 210).Word("0", 370, 210)
            .Word("3.危及“三安全一稳定”", 180, 230).Word("0", 310, 230).Word("0", 370, 230)
            .Word("（七）总计", 90, 250).Word("1", 310, 250).Word("1", 370, 250)
            .Build();
        var rows = PageSketch.Rows(doc);
        Assert.Contains(N("三、本年度办理结果|（一）予以公开|1|1"), rows);
        Assert.Contains(N("（三）不予公开|1.属于国家秘密|0|0"), rows);
        Assert.Contains(N("2.其他法律行政法规禁止公开||0|0"), rows);
    }

    [Fact]
    public void SiblingGroupLabels_SplitAtTheSubRowNumberedOne()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("总计", 360, 120)
            .Word("（二）部分公开", 90, 140).Word("0", 310, 140).Word("0", 370, 140)
            .Word("1.属于国家秘密", 180, 160).Word("0", 310, 160).Word("0", 370, 160)
            .Word("2.其他法律行政法规禁止公开", 180, 180).Word("0", 310, 180).Word("0", 370, 180)
            .Word("（三）不予公开", 90, 190)
            .Word("3.危及“三安全一稳定”", 180, 200).Word("0", 310, 200).Word("0", 370, 200)
            .Word("1.本机关不掌握相关政府信息", 180, 220).Word("2", 310, 220).Word("2", 370, 220)
            .Word("（四）无法提供", 90, 240)
            .Word("2.没有现成信息需要另行制作", 180, 240).Word("0", 310, 240).Word("0", 370, 240)
            .Word("3.补正后申请内容仍不明确", 180, 260).Word("0", 310, 260).Word("0", 370, 260)
            .Word("（七）总计", 90, 280).Word("2", 310, 280).Word("2", 370, 280)
            .Build();
        var rows = PageSketch.Rows(doc);
        Assert.Contains(N("（三）不予公开|1.属于国家秘密|0|0"), rows);
        Assert.Contains(N("（四）无法提供|1.本机关不掌握相关政府信息|2|2"), rows);
        Assert.Contains(N("2.没有现成信息需要另行制作||0|0"), rows);
    }

    [Fact]
    public void PageFooterInsideATable_IsDropped_AndTheTableGoesOnOnTheNextPage()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("总计", 360, 120)
            .Word("一、本年新收政府信息公开申请数量", 60, 150).Word("7", 310, 150).Word("7", 370, 150)
            .Word("-3-", 290, 800)
            .NewPage()
            .Word("二、上年结转政府信息公开申请数量", 60, 80).Word("1", 310, 80).Word("1", 370, 80)
            .Prose("四、政府信息公开行政复议、行政诉讼情况", 120)
            .Build();
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.True(table.IsGrid);
        Assert.Equal([N("|自然人|总计"), N("一、本年新收政府信息公开申请数量|7|7"), N("二、上年结转政府信息公开申请数量|1|1")], PageSketch.Rows(doc));
        Assert.Equal("p2 (x 310, y 80)", table.Rows[2].Cells[1].Where.Anchor);
    }

    [Fact]
    public void ValueUnderNoHeader_IsNotPlaced_AndTheRowsOpenCellsAreUnreadable()
    {
        var doc = Body()
            .Word("自然人", 300, 120).Word("商业", 350, 120).Word("总计", 400, 120)
            .Word("一、本年新收政府信息公开申请数量", 60, 150).Word("7", 310, 150).Word("7", 410, 150).Word("9", 480, 150)
            .Word("二、上年结转政府信息公开申请数量", 60, 175).Word("1", 310, 175).Word("1", 410, 175)
            .Build();
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.True(table.IsGrid);
        var row = table.Rows[1].Cells;
        Assert.Equal(["7", "9", "7"], row.Skip(1).Select(c => c.Text));
        Assert.Equal([false, true, false], row.Skip(1).Select(c => c.Unplaced));
        Assert.Equal("p1 (x 480, y 150)", row[2].Where.Anchor);
        Assert.DoesNotContain(table.Rows[2].Cells, c => c.Unplaced);
    }

    [Fact]
    public void PartWithoutColumnHeaders_IsReadByRows_HeaderApart()
    {
        var doc = new PageSketch()
            .Prose("本报告由某某县人民政府办公室根据条例编制本年度报告，所列数据统计期限为全年度。", 60)
            .Word("一、本年新收政府信息公开申请数量", 60, 150).Word("7", 310, 150).Word("7", 370, 150)
            .Word("二、上年结转政府信息公开申请数量", 60, 175).Word("1", 310, 175).Word("1", 370, 175)
            .Build();
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.False(table.IsGrid);
        Assert.Equal([N("一、本年新收政府信息公开申请数量|7|7"), N("二、上年结转政府信息公开申请数量|1|1")], PageSketch.Rows(doc));
    }

    [Fact]
    public void ValueUnderNoHeader_InTableFour_MakesTheOpenCellUnreadable_NotGuessed()
    {
        // fourteen values under fifteen headers (the eighth blank) and one more far right of them
        var sketch = new PageSketch()
            .Prose("一、总体情况", 60)
            .Prose("二、主动公开政府信息情况", 80)
            .Prose("三、收到和处理政府信息公开申请情况", 100)
            .Prose("四、政府信息公开行政复议、行政诉讼情况", 120);
        for (var c = 0; c < 15; c++)
        {
            var x = 60 + (c * 30);
            sketch.Word("结果", x, 150).Word("维持", x, 163);
            if (c != 7)
            {
                sketch.Word("1", x + 7, 190);
            }
        }

        sketch.Word("2", 560, 190).Prose("五、存在的主要问题及改进情况", 230);
        var result = Gongkai.Formats.Assembly.ReportAssembler.Assemble(sketch.Build(), "sketch");
        var model = Assert.IsType<Gongkai.Reports.ReportModel>(result.Value);
        var fields = model.Schema.Appeals.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            var v = model.Tables[fields[i]].Value;
            if (i == 7)
            {
                Assert.Equal(Gongkai.Reports.CellState.Unreadable, v.State);
                Assert.Equal("2", v.Raw);
            }
            else
            {
                Assert.Equal(1m, v.Number);
            }
        }
    }

    [Fact]
    public void GroupHeaders_SpanTheColumnsTheyAreCentredOver()
    {
        // columns at x 100, 150, … 350 (20 wide): 行政复议 centred over 0–1, 行政诉讼 over 2–5, split into
        // 未经复议直接起诉 (2–3) and 复议后起诉 (4–5); each column's own header "结果/维持" over two lines
        var sketch = Body().Word("行政复议", 115, 100).Word("行政诉讼", 265, 100).Word("未经复议直接起诉", 195, 125).Word("复议后起诉", 310, 125);
        var x = 100.0;
        for (var c = 0; c < 6; c++)
        {
            sketch.Word("结果", x, 150).Word("维持", x, 163).Word((c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), x + 7, 190);
            x += 50;
        }

        var rows = PageSketch.Rows(sketch.Build());
        Assert.Equal(N("行政复议||行政诉讼|||"), rows[0]);
        Assert.Equal(N("||未经复议直接起诉||复议后起诉|"), rows[1]);
        Assert.Equal(N("结果维持|结果维持|结果维持|结果维持|结果维持|结果维持"), rows[2]);
        Assert.Equal(N("1|2|3|4|5|6"), rows[3]);
    }

    [Fact]
    public void RunningText_IsParagraphs_JoinedAcrossLines()
    {
        // justified lines from 60 to 510; the first indented by two characters
        var first = string.Concat(Enumerable.Repeat("政务公开", 10));
        var rest = string.Concat(Enumerable.Repeat("规范有序", 11))[..41];
        var doc = new PageSketch()
            .Line(60, 60, ("一、总体情况", 0))
            .Line(110, 90, (first, 0))
            .Line(60, 108, ("共计", 0), ("128", 2), (rest, 2))
            .Line(60, 126, ("全年未发生行政复议。", 0))
            .Line(60, 150, ("二、主动公开政府信息情况", 0))
            .Build();
        var paragraphs = doc.Blocks.OfType<LayoutParagraph>().Select(p => p.Text).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal(N(first + "共计 128 " + rest + "全年未发生行政复议。"), paragraphs[1]);
    }
}

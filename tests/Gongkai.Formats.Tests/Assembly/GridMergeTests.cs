using System.Collections.Immutable;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Text;

namespace Gongkai.Tests;

/// <summary>
/// A grid (HTML or DOCX with merged cells expanded) repeats a merged cell at every position it covers, each copy with
/// the cell's own source place. The assembler reads such a cell once: values keep their columns, a value spanning
/// three columns is one value, and labels and notes are observed once.
/// </summary>
public sealed class GridMergeTests
{
    private int _at;
    private int _line;

    private LayoutCell Cell(string text)
    {
        var c = new LayoutCell(text, new SourceRef(new TextSpan(_at, text.Length), ++_line, 1));
        _at += text.Length + 1;
        return c;
    }

    private static LayoutRow Row(params LayoutCell[] cells) => new([.. cells], cells[0].Where);

    private LayoutParagraph Para(string text)
    {
        var c = Cell(text);
        return new LayoutParagraph(text, c.Where);
    }

    [Fact]
    public void MergedCells_ReadOnce_ValuesKeepTheirColumns()
    {
        var blocks = new List<LayoutBlock> { Para("2024 年政府信息公开工作年度报告"), Para("二、主动公开政府信息情况") };

        // table 1, block (五): the column header and the value each span three columns
        var item5 = Cell("第二十条第（五）项");
        var header = Cell("本年处理决定数量");
        var value = Cell("18");
        var t1 = new LayoutTable([Row(item5, item5, item5, item5), Row(Cell("信息内容"), header, header, header), Row(Cell("行政许可"), value, value, value)], item5.Where, IsGrid: true);
        blocks.Add(t1);
        blocks.Add(Para("三、收到和处理政府信息公开申请情况"));

        // table 2: the note over 3×3, 申请人情况 over 7, 自然人/总计 down two rows, 三、本年度办理结果 down the results
        var note = Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        var applicants = Cell("申请人情况");
        var person = Cell("自然人");
        var legal = Cell("法人或其他组织");
        var total = Cell("总计");
        var results = Cell("三、本年度办理结果");
        var rows = new List<LayoutRow>
        {
            Row(note, note, note, applicants, applicants, applicants, applicants, applicants, applicants, applicants),
            Row(note, note, note, person, legal, legal, legal, legal, legal, total),
            Row(note, note, note, person, Cell("商业企业"), Cell("科研机构"), Cell("社会公益组织"), Cell("法律服务机构"), Cell("其他"), total),
        };
        var newRow = Cell("一、本年新收政府信息公开申请数量");
        rows.Add(Row([newRow, newRow, newRow, .. Values("5", "1", "0", "0", "0", "0", "6")]));
        var granted = Cell("（一）予以公开");
        rows.Add(Row([results, granted, granted, .. Values("4", "1", "0", "0", "0", "0", "5")]));
        var totalRow = Cell("（七）总计");
        rows.Add(Row([results, totalRow, totalRow, .. Values("4", "1", "0", "0", "0", "0", "5")]));
        blocks.Add(new LayoutTable([.. rows], note.Where, IsGrid: true));
        var doc = new LayoutDocument([.. blocks], _at, "test");

        var m = ReportAssembler.Assemble(doc, "grid").Value!;
        Assert.Equal(18m, m.Cell("t1.licensing").Value.Number);
        Assert.Equal(5m, m.Cell("t2.new.natural_person").Value.Number);
        Assert.Equal(6m, m.Cell("t2.new.total").Value.Number);
        Assert.Equal(1m, m.Cell("t2.granted.commercial").Value.Number);
        Assert.Equal(5m, m.Cell("t2.total.total").Value.Number);
        Assert.Single(m.PrintedNotes, n => n.Value == "balance");
        Assert.Single(m.Labels, l => l.Target?.Key == "results" && l.Target.Kind == LabelKind.Group);
        Assert.Single(m.Labels, l => l.Target?.Key == "new");
    }

    private LayoutCell[] Values(params string[] values) => [.. values.Select(Cell)];
}

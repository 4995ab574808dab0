using System.Collections.Immutable;
using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Layout;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Tests;

/// <summary>
/// The assembler on grids (HTML and DOCX tables after rowspan/colspan are expanded): a merged cell repeats its
/// <see cref="SourceRef"/> at every position it covers and is one printed cell — one value, one label — whatever
/// the header's spans; and what a grid can say that a text line cannot (a printed row of blank cells) is read.
/// </summary>
public sealed class GridAssemblyTests
{
    private static readonly string[] Headings =
    [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ];

    [Fact]
    public void MergedValueCell_IsOneValue()
    {
        var m = Assemble(2023, [
            ["第二十条第（五）项", "=", "=", "="],
            ["信息内容", "本年处理决定数量", "=", "="],
            ["行政许可", "2629", "=", "="],
            ["行政事业性收费", "5949.088667", "=", "="],
        ]);
        Assert.Equal(2629m, m.Cell("t1.licensing").Value.Number);
        Assert.Equal(5949.088667m, m.Cell("t1.fees_10k_yuan").Value.Number);
    }

    [Fact]
    public void SpansThatDoNotLineUpWithTheHeader_AreReadInOrder()
    {
        // the 2019 layout of a real page: header 上一年项目数量 + 本年增/减 (two columns); data cells two columns + one
        var m = Assemble(2019, [
            ["第二十条第（五）项", "=", "=", "=", "="],
            ["信息内容", "上一年项目数量", "本年增/减", "=", "处理决定数量"],
            ["行政许可", "12", "=", "+3", "286"],
        ]);
        Assert.Equal(12m, m.Cell("t1.licensing.prev_items").Value.Number);
        Assert.Equal(3m, m.Cell("t1.licensing.change").Value.Number);
        Assert.Equal(286m, m.Cell("t1.licensing.decisions").Value.Number);
    }

    [Fact]
    public void OnePrintedValue_NeverFillsTwoColumns()
    {
        var (m, diagnostics) = AssembleWithDiagnostics(2023, [.. Table2Header(), ["（一）予以公开", "=", "=", "7", "=", "", "", "", "", ""]]);
        Assert.Contains(diagnostics, d => d.Id == ReaderMessages.RowUnaligned);
        Assert.Equal(CellState.Unreadable, m.Cell("t2.granted.natural_person").Value.State);
        Assert.Equal(CellState.Unreadable, m.Cell("t2.granted.commercial").Value.State);
    }

    [Fact]
    public void BlankCellsUnderGroupLabel_AreAPrintedRowInAGrid()
    {
        var rows = Table2Header().Append(["（六）其他处理", "=", "=", "", "", "", "", "", "", ""]).Append(["（七）总计", "=", "=", "1", "0", "0", "0", "0", "0", "1"]).ToArray();
        var m = Assemble(2019, rows, grid: true);
        Assert.Equal(CellState.Blank, m.Cell("t2.other.natural_person").Value.State);
        Assert.Equal(CellState.Blank, m.Cell("t2.other.total").Value.State);
    }

    [Fact]
    public void LabelMergedOverRows_IsObservedOnce()
    {
        var rows = Table2Header()
            .Append(["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"])
            .Append(["^", "^", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"])
            .ToArray();
        var m = Assemble(2023, rows);
        Assert.Single(m.Labels, l => l.Printed == "（三）不予公开");
        Assert.Single(m.Labels, l => l.Printed == "三、本年度办理结果");
        Assert.Single(m.PrintedNotes, n => n.Value == "balance");
        Assert.Equal(0m, m.Cell("t2.denied.2.total").Value.Number);
    }

    [Fact]
    public void TraditionalTitleAndPeriod_AreRead()
    {
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>();
        var at = 0;
        blocks.Add(Paragraph("青禾市市場監督管理局2023年政府資訊公開工作年度報告", ref at));
        blocks.Add(Paragraph("本報告統計期限為2023年1月1日至2023年12月31日。", ref at));
        foreach (var h in Headings)
        {
            blocks.Add(Paragraph(h, ref at));
        }

        var m = ReportAssembler.Assemble(new LayoutDocument(blocks.ToImmutable(), at, "test"), "t").Value!;
        Assert.Equal("青禾市市場監督管理局", m.Metadata.Body!.Value.Value);
        Assert.Equal(2023, m.Metadata.Year!.Value.Value);
        Assert.NotNull(m.Metadata.StatisticalPeriod);
    }

    private static IEnumerable<string[]> Table2Header() =>
    [
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "=", "=", "申请人情况", "=", "=", "=", "=", "=", "="],
        ["^", "^", "^", "自然人", "法人或其他组织", "=", "=", "=", "=", "总计"],
        ["^", "^", "^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"],
    ];

    private static ReportModel Assemble(int year, string[][] rows, bool grid = true) => AssembleWithDiagnostics(year, rows, grid).Model;

    /// <summary>A report with the six headings and one grid: "=" repeats the cell to the left, "^" the cell above.</summary>
    private static (ReportModel Model, List<Gongkai.Diagnostics.Diagnostic> Diagnostics) AssembleWithDiagnostics(int year, string[][] rows, bool grid = true)
    {
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>();
        var at = 0;
        blocks.Add(Paragraph($"青禾市某局{year}年政府信息公开工作年度报告", ref at));
        foreach (var h in Headings.Take(2))
        {
            blocks.Add(Paragraph(h, ref at));
        }

        var built = new List<LayoutCell[]>();
        foreach (var row in rows)
        {
            var cells = new LayoutCell[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                cells[c] = row[c] switch
                {
                    "=" => cells[c - 1],
                    "^" => built[^1][c],
                    _ => new LayoutCell(row[c], new SourceRef(new TextSpan(at, row[c].Length), 1, at + 1, $"cell {at}")),
                };
                at += 10;
            }

            built.Add(cells);
        }

        var layoutRows = built.Select(r => new LayoutRow([.. r], new SourceRef(new TextSpan(r[0].Where.Span.Start, 0), 1, 1))).ToImmutableArray();
        blocks.Add(new LayoutTable(layoutRows, layoutRows[0].Where, grid));
        foreach (var h in Headings.Skip(2))
        {
            blocks.Add(Paragraph(h, ref at));
        }

        var diagnostics = new List<Gongkai.Diagnostics.Diagnostic>();
        var result = ReportAssembler.Assemble(new LayoutDocument(blocks.ToImmutable(), at, "test"), "t", null, diagnostics);
        return (result.Value!, [.. result.Diagnostics]);
    }

    private static LayoutParagraph Paragraph(string text, ref int at)
    {
        var p = new LayoutParagraph(text, new SourceRef(new TextSpan(at, text.Length), 1, at + 1));
        at += text.Length + 1;
        return p;
    }
}

using Gongkai.Formats.Assembly;
using Gongkai.Formats.Layout;
using Gongkai.Formats.PlainText;
using Gongkai.Reports;

namespace Gongkai.Tests;

/// <summary>
/// <see cref="LayoutCell.Unplaced"/>: a reader that saw a value but could not tell its column (a PDF number under no
/// header) marks the cell; the assembler reads it as unreadable, shows what was printed, and leaves the rest of the
/// row as read.
/// </summary>
public sealed class UnplacedCellTests
{
    [Fact]
    public void UnplacedCell_IsUnreadable_AndTheRowsOtherCellsAreRead()
    {
        var text = File.ReadAllText(TestPaths.Repo("samples", "clean-2024-qinghe-eco.txt"));
        var layout = PlainTextReaderCore.BuildLayout(text);
        var marked = Mark(layout, "一、本年新收政府信息公开申请数量", valueIndex: 2);
        var model = ReportAssembler.Assemble(marked, "marked").Value!;
        Assert.Equal(CellState.Unreadable, model.Cell("t2.new.commercial").Value.State);
        Assert.Equal("8", model.Cell("t2.new.commercial").Value.Raw);
        Assert.Equal(26m, model.Cell("t2.new.natural_person").Value.Number);
        Assert.Equal(37m, model.Cell("t2.new.total").Value.Number);
    }

    [Fact]
    public void UnplacedCell_WithALabelsText_IsStillAValueNotALabel()
    {
        var text = File.ReadAllText(TestPaths.Repo("samples", "clean-2024-qinghe-eco.txt"));
        var layout = PlainTextReaderCore.BuildLayout(text);
        var marked = Mark(layout, "二、上年结转政府信息公开申请数量", valueIndex: 1, replace: "无法确定");
        var model = ReportAssembler.Assemble(marked, "marked").Value!;
        Assert.Equal(CellState.Unreadable, model.Cell("t2.carried_over.natural_person").Value.State);
        Assert.Equal(1m, model.Cell("t2.carried_over.commercial").Value.Number);
    }

    /// <summary>Marks the <paramref name="valueIndex"/>-th non-empty cell after the label of the row so labelled.</summary>
    private static LayoutDocument Mark(LayoutDocument layout, string label, int valueIndex, string? replace = null)
    {
        var blocks = layout.Blocks.ToBuilder();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b] is not LayoutTable table)
            {
                continue;
            }

            var rows = table.Rows.ToBuilder();
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].Cells;
                var at = cells.IndexOf(cells.FirstOrDefault(c => c.Text == label));
                if (at < 0 || cells[at].Text != label)
                {
                    continue;
                }

                var seen = 0;
                for (var i = at + 1; i < cells.Length; i++)
                {
                    if (cells[i].Text.Length > 0 && seen++ == valueIndex - 1)
                    {
                        var cell = cells[i] with { Unplaced = true, Text = replace ?? cells[i].Text };
                        rows[r] = rows[r] with { Cells = cells.SetItem(i, cell) };
                        blocks[b] = table with { Rows = rows.ToImmutable() };
                        return layout with { Blocks = blocks.ToImmutable() };
                    }
                }
            }
        }

        throw new InvalidOperationException("row not found: " + label);
    }
}

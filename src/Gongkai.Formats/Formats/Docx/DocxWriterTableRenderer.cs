using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formats.Writing;
using GridModel = Gongkai.Formats.Writing.TableGrid;
using WordGrid = DocumentFormat.OpenXml.Wordprocessing.TableGrid;

namespace Gongkai.Formats.Docx;

/// <summary>
/// A table with real merged cells: a cell spanning columns has a grid span, a cell spanning rows starts a vertical
/// merge that the rows below continue. The head rows repeat on each page; no row breaks across pages. Widths are
/// fixed, in proportion to the grid's column weights, across the full text width, with room in every column of values
/// for a number of four digits (five in most fonts) on one line.
/// </summary>
internal static class DocxWriterTableRenderer
{
    /// <summary>
    /// The width a column of values needs for a number of four digits, and of five in most fonts, on one line in the
    /// table's 10.5 pt type with the cell margins (twentieths of a point). Word and LibreOffice break a number that
    /// does not fit ("155" over "1"), which a reader — person or program — cannot tell from two numbers.
    /// </summary>
    internal const int MinValueColumn = 700;

    /// <summary>The narrowest a label column is made to give room to the values: two characters a line.</summary>
    private const int MinLabelColumn = 600;

    /// <param name="grid">The table.</param>
    /// <param name="textWidth">The width of the text block, in twentieths of a point.</param>
    /// <param name="continues">True for the later blocks of table 1: set directly under the previous one, without a top rule of their own.</param>
    public static Table Write(GridModel grid, int textWidth, bool continues)
    {
        var widths = Widths(grid, textWidth);
        var small = grid.Columns > 12;

        var props = new TableProperties(
            new TableStyle { Val = DocxWriterStyles.GridId },
            new TableWidth { Width = textWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (continues)
        {
            props.Append(new TableBorders(new TopBorder { Val = BorderValues.Nil }));
        }

        props.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        var table = new Table(props);
        table.Append(new WordGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var expanded = grid.Expand();
        for (var r = 0; r < grid.Rows.Length; r++)
        {
            var row = new TableRow();
            var rowProps = new TableRowProperties(new CantSplit());
            if (r < grid.HeaderRows)
            {
                rowProps.Append(new TableHeader());
            }

            row.Append(rowProps);
            for (var k = 0; k < grid.Columns;)
            {
                if (expanded[r, k] is not { } at)
                {
                    row.Append(Cell(widths[k], 1, null, string.Empty, GridCellKind.Value, small));
                    k++;
                    continue;
                }

                var c = at.Cell;
                var width = widths.Skip(c.Column).Take(c.ColSpan).Sum();
                if (c.Row == r)
                {
                    row.Append(Cell(width, c.ColSpan, c.RowSpan > 1 ? MergedCellValues.Restart : null, c.Text, c.Kind, small));
                }
                else
                {
                    // a row below a cell that spans rows: the merge continues
                    row.Append(Cell(width, c.ColSpan, MergedCellValues.Continue, string.Empty, c.Kind, small));
                }

                k = c.Column + c.ColSpan;
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>
    /// Column widths in proportion to the weights; columns of values narrower than <see cref="MinValueColumn"/> are
    /// widened at the expense of the label columns: first the narrower ones (the group labels, which wrap over the many
    /// rows they span) down to <see cref="MinLabelColumn"/>, then the widest (the long item labels).
    /// </summary>
    internal static int[] Widths(GridModel grid, int textWidth)
    {
        var total = grid.ColumnWeights.Sum();
        var widths = grid.ColumnWeights.Select(w => textWidth * w / total).ToArray();
        var values = new bool[grid.Columns];
        foreach (var row in grid.Rows)
        {
            foreach (var c in row)
            {
                if (c.Kind == GridCellKind.Value && c.ColSpan == 1)
                {
                    values[c.Column] = true;
                }
            }
        }

        var need = 0;
        for (var k = 0; k < widths.Length; k++)
        {
            if (values[k] && widths[k] < MinValueColumn)
            {
                need += MinValueColumn - widths[k];
            }
        }

        var labels = Enumerable.Range(0, widths.Length).Where(k => !values[k]).OrderBy(k => widths[k]).ToList();
        var spare = labels.Sum(k => Math.Max(0, widths[k] - MinLabelColumn));
        if (need > 0 && need <= spare)
        {
            for (var k = 0; k < widths.Length; k++)
            {
                widths[k] = values[k] ? Math.Max(widths[k], MinValueColumn) : widths[k];
            }

            // the widest label column gives only what the others cannot
            for (var i = 0; i < labels.Count && need > 0; i++)
            {
                var k = labels[i];
                var give = Math.Min(need, Math.Max(0, widths[k] - MinLabelColumn));
                widths[k] -= give;
                need -= give;
            }
        }

        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    private static TableCell Cell(int width, int span, MergedCellValues? merge, string text, GridCellKind kind, bool small)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            props.Append(new VerticalMerge { Val = m });
        }

        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var style = kind is GridCellKind.RowHeader or GridCellKind.Note ? DocxWriterStyles.TableLabelId : DocxWriterStyles.TableTextId;
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        var paragraph = new Paragraph(pPr);
        if (text.Length > 0)
        {
            var run = DocxWriterParagraphs.Text(text);
            var rPr = new RunProperties();
            if (kind is GridCellKind.ColumnHeader or GridCellKind.BlockHeader)
            {
                rPr.Append(new Bold());
            }

            if (small || kind == GridCellKind.Note)
            {
                rPr.Append(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" });
            }

            if (rPr.HasChildren)
            {
                run.PrependChild(rPr);
            }

            paragraph.Append(run);
        }

        return new TableCell(props, paragraph);
    }
}

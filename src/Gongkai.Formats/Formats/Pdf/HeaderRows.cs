namespace Gongkai.Formats.Pdf;

/// <summary>
/// Writes a table part's header as rows: one row per level of group headers, each at the first column it spans; then
/// the columns' own headers; text in the label area (信息内容, the 勾稽关系 note, a 第二十条 item's title) on the row it
/// stands level with, or a row of its own.
/// </summary>
internal static class HeaderRows
{
    /// <summary>The group headers level by level, then the columns' own headers; the label area's header text on the row it stands level with.</summary>
    public static void Write(HeaderLayout header, List<PdfItem> labelItems, double em, double lineStep, List<BuiltRow> output)
    {
        var grid = header.Grid;
        var rows = new List<(int Page, double Y, List<PdfCell> Labels, List<PdfCell> Values)>();
        foreach (var level in header.Levels)
        {
            var cells = Enumerable.Repeat(PdfCell.Empty, grid.Length).ToList();
            double y = 0;
            foreach (var (start, cell) in level)
            {
                y += cell.Box.YCenter;
                if (grid.Length == 0)
                {
                    // no column has a header of its own: the group headers in order, for their words only
                    cells.Add(new PdfCell(cell.Text(em), cell.Anchor));
                    continue;
                }

                var at = Math.Min(header.GridIndex(start), grid.Length - 1);
                cells[at] = cells[at].Text.Length == 0 ? new PdfCell(cell.Text(em), cell.Anchor) : cells[at] with { Text = cells[at].Text + " " + cell.Text(em) };
            }

            rows.Add((level[0].Cell.Page, y / Math.Max(1, level.Count), [], cells));
        }

        if (Array.Exists(header.Leaves, l => l is not null))
        {
            var cells = new List<PdfCell>(grid.Length);
            double y = 0;
            var n = 0;
            var page = int.MaxValue;
            foreach (var leaf in header.Leaves)
            {
                if (leaf is not null)
                {
                    cells.Add(new PdfCell(leaf.Text(em), leaf.Anchor));
                    y += leaf.Box.YCenter;
                    n++;
                    page = Math.Min(page, leaf.Page);
                }
            }

            rows.Add((page, y / n, [], cells));
        }

        foreach (var block in LabelLayout.Join(labelItems, em, lineStep))
        {
            var best = -1;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Page == block.Page && Math.Abs(rows[i].Y - block.YCenter) <= 0.8 * em && (best < 0 || Math.Abs(rows[i].Y - block.YCenter) < Math.Abs(rows[best].Y - block.YCenter)))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                // text of its own in the label area above the table: a row of its own
                rows.Add((block.Page, block.YCenter, [], Enumerable.Repeat(PdfCell.Empty, grid.Length).ToList()));
                best = rows.Count - 1;
            }

            rows[best].Labels.Add(new PdfCell(block.Text, block.Anchor));
        }

        rows.Sort((a, b) => BodyRow.Compare(a.Page, a.Y, b.Page, b.Y));
        foreach (var (_, _, labels, values) in rows)
        {
            output.Add(new BuiltRow(labels, values, IsHeader: true));
        }
    }
}

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Writes a table part's header as rows: one row per level of group headers, each at the first column it spans; then
/// the columns' own headers; text in the label area (信息内容, the 勾稽关系 note, a 第二十条 item's title) on the row it
/// stands level with, or a row of its own.
/// </summary>
internal static class HeaderRows
{
    /// <summary>The group headers level by level, then the columns' own headers; the label area's header text on the row it stands level with.</summary>
    public static void Write(HeaderLayout header, List<PdfItem> labelItems, double em, double lineStep, List<(List<PdfCell> Labels, List<PdfCell> Values)> output)
    {
        var rows = new List<(int Page, double Y, List<PdfCell> Labels, List<PdfCell> Values)>();
        foreach (var level in header.Levels)
        {
            var cells = Enumerable.Repeat(PdfCell.Empty, header.Count).ToList();
            double y = 0;
            foreach (var (start, cell) in level)
            {
                cells[start] = new PdfCell(cell.Text(em), cell.Anchor);
                y += cell.Box.YCenter;
            }

            rows.Add((level[0].Cell.Page, y / Math.Max(1, level.Count), [], cells));
        }

        if (Array.Exists(header.Leaves, l => l is not null))
        {
            var cells = new List<PdfCell>(header.Count);
            double y = 0;
            var n = 0;
            var page = int.MaxValue;
            foreach (var leaf in header.Leaves)
            {
                cells.Add(leaf is null ? PdfCell.Empty : new PdfCell(leaf.Text(em), leaf.Anchor));
                if (leaf is not null)
                {
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
                rows.Add((block.Page, block.YCenter, [], Enumerable.Repeat(PdfCell.Empty, header.Count).ToList()));
                best = rows.Count - 1;
            }

            rows[best].Labels.Add(new PdfCell(block.Text, block.Anchor));
        }

        rows.Sort((a, b) => BodyRow.Compare(a.Page, a.Y, b.Page, b.Y));
        foreach (var (_, _, labels, values) in rows)
        {
            output.Add((labels, values));
        }
    }
}

namespace Gongkai.Formats.Writing;

/// <summary>
/// A table grid as rows of plain cells, for the text and Markdown forms, which cannot merge cells. A merged header
/// or label prints its text in its first position and leaves the others empty — as Word copies a table — so every
/// value stands under its column header. A value spanning to the table's edge (a table-1 block with fewer columns)
/// prints once, with nothing after it.
/// </summary>
internal static class TextGrid
{
    /// <param name="grid">The table.</param>
    /// <param name="headerWidth">Rows without values (headers) are padded with empty cells to this width, as table 1's blocks are in a copied table.</param>
    public static List<string[]> Rows(TableGrid grid, int headerWidth = 0)
    {
        var expanded = grid.Expand();
        var rows = new List<string[]>(grid.Rows.Length);
        var line = new List<string>(grid.Columns);
        for (var r = 0; r < grid.Rows.Length; r++)
        {
            line.Clear();
            for (var k = 0; k < grid.Columns; k++)
            {
                if (expanded[r, k] is not { } at)
                {
                    line.Add(string.Empty);
                }
                else if (at.Origin)
                {
                    line.Add(at.Cell.Text);
                }
                else
                {
                    line.Add(string.Empty);
                }
            }

            if (!grid.Rows[r].Any(c => c.Kind == GridCellKind.Value))
            {
                while (line.Count < headerWidth)
                {
                    line.Add(string.Empty);
                }
            }

            rows.Add([.. line]);
        }

        return rows;
    }
}

namespace Gongkai.Formats.Writing;

/// <summary>
/// A table grid as rows of plain cells, for the text and Markdown forms, which cannot merge cells. A merged header
/// or label prints its text in its first position and leaves the others empty — as Word copies a table — so every
/// value stands under its column header. A value spanning to the table's edge (a table-1 block with fewer columns)
/// prints once, with nothing after it.
/// </summary>
internal static class TextGrid
{
    public static List<string[]> Rows(TableGrid grid)
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
                else if (!(at.Cell.Kind == GridCellKind.Value && at.Cell.Row == r))
                {
                    line.Add(string.Empty);
                }
            }

            rows.Add([.. line]);
        }

        return rows;
    }
}

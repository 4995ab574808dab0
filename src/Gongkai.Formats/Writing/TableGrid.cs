using System.Collections.Immutable;
using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>
/// A table of the report laid out as the national format prints it: a grid of <see cref="Columns"/> columns whose
/// cells may span rows and columns (the merged cells of the official tables). Every writer renders this same grid, so
/// the HTML, DOCX, Markdown and text forms agree cell for cell.
/// </summary>
/// <param name="Table">Which of the three tables.</param>
/// <param name="Columns">Width of the grid.</param>
/// <param name="HeaderRows">How many rows at the top are the column headers (a table head); 0 for table 1, whose blocks carry their own.</param>
/// <param name="Rows">Each row's cells, left to right; only the cells whose top-left corner is in that row.</param>
/// <param name="ColumnWeights">Relative widths of the columns, for the formats that size them.</param>
public sealed record TableGrid(TableId Table, int Columns, int HeaderRows, ImmutableArray<ImmutableArray<GridCell>> Rows, ImmutableArray<int> ColumnWeights)
{
    /// <summary>
    /// The grid with spans expanded: each position holds the cell covering it and whether it is that cell's top-left
    /// corner. Positions no cell covers are null.
    /// </summary>
    public (GridCell Cell, bool Origin)?[,] Expand()
    {
        var grid = new (GridCell Cell, bool Origin)?[Rows.Length, Columns];
        foreach (var row in Rows)
        {
            foreach (var c in row)
            {
                for (var r = c.Row; r < c.Row + c.RowSpan && r < Rows.Length; r++)
                {
                    for (var k = c.Column; k < c.Column + c.ColSpan && k < Columns; k++)
                    {
                        grid[r, k] = (c, r == c.Row && k == c.Column);
                    }
                }
            }
        }

        return grid;
    }
}

using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>
/// Table 1 (主动公开政府信息情况), one grid per 第二十条 block: a header row across the block ("第二十条第（一）项"), a
/// row of column headers led by "信息内容", then its rows. The blocks are printed one under the other as one table;
/// each has exactly its own columns (the label column and as many value columns as the block has), so no value cell
/// ever spans columns and a blank value can never be mistaken for the rest of a merged cell. The label column has
/// the same width in every block, and the value columns share the rest equally.
/// </summary>
internal static class ProactiveGrid
{
    private const int LabelWeight = 3;
    private const int ValueWeight = 6;

    /// <summary>Columns of the widest block plus the label column: what the text forms pad header rows to.</summary>
    public const int Width = 4;

    public static IEnumerable<TableGrid> Build(ReportModel model)
    {
        var table = model.Schema.Proactive;
        foreach (var block in table.Blocks)
        {
            var rows = block.RowKeys.Select(table.Row).Where(r => !GridBuilder.IsAbsent(model, table, r)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var n = block.Columns.Length;
            var grid = new GridBuilder(table.Id, 1 + n);
            grid.NewRow().Add(block.Label, 0, GridCellKind.BlockHeader, colSpan: 1 + n);
            grid.NewRow().Add(table.HeaderLabels[0], 0, GridCellKind.ColumnHeader);
            for (var i = 0; i < n; i++)
            {
                grid.Add(block.Columns[i].Label, 1 + i, GridCellKind.ColumnHeader);
            }

            foreach (var row in rows)
            {
                grid.NewRow().Add(row.Label, 0, GridCellKind.RowHeader).AddValues(model, table.FieldsOf(row), 1);
            }

            var weights = new int[1 + n];
            weights[0] = LabelWeight * n;
            for (var i = 1; i <= n; i++)
            {
                weights[i] = ValueWeight;
            }

            yield return grid.ToGrid(2, [.. weights]);
        }
    }
}

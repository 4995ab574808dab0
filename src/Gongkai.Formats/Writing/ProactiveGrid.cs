using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>
/// Table 1 (主动公开政府信息情况): four columns; each 第二十条 block is a header row across the table, a row of column
/// headers led by "信息内容", then its rows. A block with fewer columns lets its last column span the rest.
/// </summary>
internal static class ProactiveGrid
{
    private const int Width = 4;

    public static TableGrid? Build(ReportModel model)
    {
        var table = model.Schema.Proactive;
        var grid = new GridBuilder(table.Id, Width);
        var any = false;
        foreach (var block in table.Blocks)
        {
            var rows = block.RowKeys.Select(table.Row).Where(r => !GridBuilder.IsAbsent(model, table, r)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            any = true;
            grid.NewRow().Add(block.Label, 0, GridCellKind.BlockHeader, colSpan: Width);
            grid.NewRow().Add(table.HeaderLabels[0], 0, GridCellKind.ColumnHeader);
            for (var i = 0; i < block.Columns.Length; i++)
            {
                var span = i == block.Columns.Length - 1 ? Width - 1 - i : 1;
                grid.Add(block.Columns[i].Label, 1 + i, GridCellKind.ColumnHeader, colSpan: span);
            }

            foreach (var row in rows)
            {
                grid.NewRow().Add(row.Label, 0, GridCellKind.RowHeader).AddValues(model, table.FieldsOf(row), 1);
            }
        }

        return any ? grid.ToGrid(0, [3, 2, 2, 2]) : null;
    }
}

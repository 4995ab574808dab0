using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>
/// Table 3 (行政复议、行政诉讼): fifteen columns under three header rows — 行政复议 over its five columns, 行政诉讼 over
/// 未经复议直接起诉 and 复议后起诉 of five each — and one row of values.
/// </summary>
internal static class AppealsGrid
{
    public static TableGrid? Build(ReportModel model)
    {
        var table = model.Schema.Appeals;
        if (table.Fields.All(f => model.Tables[f].Value.IsAbsent))
        {
            return null;
        }

        var review = table.Row(SchemaIds.T3.Review);
        var suits = table.Rows.Where(r => r.GroupKey == SchemaIds.T3.Litigation).ToList();
        var litigation = table.Group(SchemaIds.T3.Litigation)!;
        var n = table.Columns.Length;
        var grid = new GridBuilder(table.Id, n * 3);

        grid.NewRow()
            .Add(review.Label, 0, GridCellKind.ColumnHeader, colSpan: n)
            .Add(litigation.Label, n, GridCellKind.ColumnHeader, colSpan: n * suits.Count);

        grid.NewRow();
        for (var i = 0; i < n; i++)
        {
            grid.Add(table.Columns[i].Label, i, GridCellKind.ColumnHeader, rowSpan: 2);
        }

        for (var s = 0; s < suits.Count; s++)
        {
            grid.Add(suits[s].Label, n * (s + 1), GridCellKind.ColumnHeader, colSpan: n);
        }

        grid.NewRow();
        for (var s = 0; s < suits.Count; s++)
        {
            for (var i = 0; i < n; i++)
            {
                grid.Add(table.Columns[i].Label, (n * (s + 1)) + i, GridCellKind.ColumnHeader);
            }
        }

        grid.NewRow();
        var column = 0;
        foreach (var row in table.Rows)
        {
            foreach (var f in table.FieldsOf(row))
            {
                grid.Add(CellText.Format(model.Tables[f].Value), column++, GridCellKind.Value, fieldId: f.Id);
            }
        }

        return grid.ToGrid(3, [.. Enumerable.Repeat(1, n * 3)]);
    }
}

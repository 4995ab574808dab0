using Gongkai.Reports;
using Gongkai.Schema;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Formats.Writing;

/// <summary>
/// Table 2 (收到和处理政府信息公开申请情况): three label columns and seven value columns. The head is three rows: the
/// 勾稽关系 note over the label columns, 申请人情况 over the six applicant columns, 总计 down the right; 自然人 down two
/// rows and 法人或其他组织 over its five kinds. "三、本年度办理结果" runs down the left of every result row, each
/// （三）–（六） group down the left of its reasons.
/// </summary>
internal static class ApplicationsGrid
{
    private const int LabelColumns = 3;

    /// <summary>A printed row: a row of the schema, or a group the document printed as one row.</summary>
    private sealed record Printed(RowDef? Row, GroupDef? Group, CollapsedRow? Collapsed)
    {
        public string? SubGroup => Row?.GroupKey is { } g && g != T2.Results ? g : null;
    }

    public static TableGrid? Build(ReportModel model)
    {
        var table = model.Schema.Applications;
        var printed = PrintedRows(model, table);
        if (printed.Count == 0)
        {
            return null;
        }

        var values = table.Columns.Length;
        var grid = new GridBuilder(table.Id, LabelColumns + values);
        Head(grid, table);

        var results = printed.Count(p => IsResult(p, table));
        var firstResult = true;
        for (var i = 0; i < printed.Count; i++)
        {
            var p = printed[i];
            grid.NewRow();
            if (!IsResult(p, table))
            {
                grid.Add(p.Row!.Label, 0, GridCellKind.RowHeader, colSpan: LabelColumns);
            }
            else
            {
                if (firstResult)
                {
                    grid.Add(table.Group(T2.Results)!.Label, 0, GridCellKind.RowHeader, rowSpan: results);
                    firstResult = false;
                }

                if (p.SubGroup is { } sub)
                {
                    if (i == 0 || printed[i - 1].SubGroup != sub)
                    {
                        var span = printed.Skip(i).TakeWhile(q => q.SubGroup == sub).Count();
                        grid.Add(table.Group(sub)!.Label, 1, GridCellKind.RowHeader, rowSpan: span);
                    }

                    grid.Add(p.Row!.Label, 2, GridCellKind.RowHeader);
                }
                else
                {
                    grid.Add(p.Row?.Label ?? p.Group!.Label, 1, GridCellKind.RowHeader, colSpan: LabelColumns - 1);
                }
            }

            if (p.Collapsed is { } collapsed)
            {
                for (var c = 0; c < collapsed.Values.Length && c < values; c++)
                {
                    grid.Add(CellText.Format(collapsed.Values[c].Value), LabelColumns + c, GridCellKind.Value);
                }
            }
            else
            {
                grid.AddValues(model, table.FieldsOf(p.Row!), LabelColumns);
            }
        }

        return grid.ToGrid(3, [3, 3, 9, 2, 2, 2, 2, 2, 2, 2]);
    }

    private static void Head(GridBuilder grid, TableSchema table)
    {
        var cols = table.Columns;
        var applicants = cols.Length - 1;
        grid.NewRow()
            .Add(table.Notes[0].Text, 0, GridCellKind.Note, rowSpan: 3, colSpan: LabelColumns)
            .Add(table.HeaderLabels[0], LabelColumns, GridCellKind.ColumnHeader, colSpan: applicants)
            .Add(cols[^1].Label, LabelColumns + applicants, GridCellKind.ColumnHeader, rowSpan: 3);
        grid.NewRow()
            .Add(cols[0].Label, LabelColumns, GridCellKind.ColumnHeader, rowSpan: 2)
            .Add(table.HeaderLabels[1], LabelColumns + 1, GridCellKind.ColumnHeader, colSpan: applicants - 1);
        grid.NewRow();
        for (var c = 1; c < applicants; c++)
        {
            grid.Add(cols[c].Label, LabelColumns + c, GridCellKind.ColumnHeader);
        }
    }

    private static bool IsResult(Printed p, TableSchema table)
    {
        if (p.Group is not null)
        {
            return true;
        }

        var g = p.Row!.GroupKey;
        return g == T2.Results || (g is not null && table.Group(g)?.ParentKey == T2.Results);
    }

    /// <summary>The rows to print: the schema's rows that are in the model, and a group printed as one row where the document did so.</summary>
    private static List<Printed> PrintedRows(ReportModel model, TableSchema table)
    {
        var list = new List<Printed>();
        var collapsedDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!GridBuilder.IsAbsent(model, table, row))
            {
                list.Add(new Printed(row, null, null));
                continue;
            }

            var group = row.GroupKey;
            var collapsed = model.CollapsedRows.FirstOrDefault(c => c.TableKey == table.Key && c.GroupKey == group);
            if (group is not null && collapsed is not null && collapsedDone.Add(group))
            {
                list.Add(new Printed(null, table.Group(group), collapsed));
            }
        }

        return list;
    }
}

using System.Collections.Immutable;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Writing;

/// <summary>Collects the cells of one table grid row by row.</summary>
internal sealed class GridBuilder(TableId table, int columns)
{
    private readonly List<List<GridCell>> _rows = [];

    public int Row => _rows.Count - 1;

    public int Columns => columns;

    /// <summary>Starts a new row; later <see cref="Add"/> calls put cells in it.</summary>
    public GridBuilder NewRow()
    {
        _rows.Add([]);
        return this;
    }

    public GridBuilder Add(string text, int column, GridCellKind kind, int rowSpan = 1, int colSpan = 1, string? fieldId = null)
    {
        _rows[^1].Add(new GridCell(text, Row, column, rowSpan, colSpan, kind, fieldId));
        return this;
    }

    /// <summary>Adds the value cells of <paramref name="fields"/>, one column each, from <paramref name="column"/> on.</summary>
    public GridBuilder AddValues(ReportModel model, IReadOnlyList<FieldDef> fields, int column)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            Add(CellText.Format(model.Tables[fields[i]].Value), column + i, GridCellKind.Value, fieldId: fields[i].Id);
        }

        return this;
    }

    public TableGrid ToGrid(int headerRows, ImmutableArray<int> weights) =>
        new(table, columns, headerRows, [.. _rows.Select(r => r.ToImmutableArray())], weights);

    /// <summary>True when every cell of <paramref name="row"/> is absent (the row was not in the document).</summary>
    public static bool IsAbsent(ReportModel model, TableSchema table, RowDef row)
    {
        foreach (var f in table.FieldsOf(row))
        {
            if (!model.Tables[f].Value.IsAbsent)
            {
                return false;
            }
        }

        return true;
    }
}

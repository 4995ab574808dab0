using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Formats.Assembly;

/// <summary>Second pass: with the edition decided, puts each recognised row's values into the schema's cells.</summary>
internal sealed class TableMapper(ReportSchema schema, List<Diagnostic> diagnostics)
{
    private readonly ReportTables.Builder _cells = ReportTables.CreateBuilder(schema);
    private readonly List<CollapsedRow> _collapsed = [];

    public (ReportTables Tables, ImmutableArray<CollapsedRow> Collapsed) Map(TableInterpreter tables)
    {
        foreach (var id in new[] { TableId.Proactive, TableId.Applications, TableId.Appeals })
        {
            _cells.SetLocation(id, tables.TableStart(id));
        }

        foreach (var row in tables.Rows)
        {
            switch (row.Role)
            {
                case RowRole.AppealsValues:
                    MapAppeals(row);
                    break;
                case RowRole.OtherHandling when schema.Edition == ReportEdition.Trial2019:
                    MapRow(row, schema.Applications.Row(T2.OtherRow2019));
                    break;
                case RowRole.OtherHandling or RowRole.CollapsedGroup:
                    MapCollapsed(row);
                    break;
                default:
                    MapData(row);
                    break;
            }
        }

        foreach (var where in tables.Unlabelled)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.UnlabelledRow, Severity.Info, ReaderMessages.UnlabelledRow, where));
        }

        return (_cells.ToTables(), [.. _collapsed]);
    }

    private void MapData(RowRecord row)
    {
        var table = schema.Table(row.Table);
        RowDef? def = null;
        foreach (var candidate in row.Candidates.IsDefaultOrEmpty ? [row.Target!] : row.Candidates)
        {
            if (candidate is not null && candidate.Kind == LabelKind.Row && candidate.Table == row.Table && table.TryGetRow(candidate.Key, out var d))
            {
                def = d;
                break;
            }
        }

        if (def is null)
        {
            // a row of the other edition (2019 "其他对外管理服务事项" in a 2021 table): F4 reports its label
            diagnostics.Add(Diagnostic.Create(
                ReaderMessages.RowOtherEdition,
                Severity.Info,
                ReaderMessages.RowOtherEdition,
                row.Where,
                MessageArg.Of("label", row.Target?.Label ?? string.Empty)));
            return;
        }

        MapRow(row, def);
    }

    private void MapRow(RowRecord row, RowDef def)
    {
        var table = schema.Table(row.Table);
        var columns = table.ColumnsOf(def);
        if (row.Table == TableId.Proactive && !row.ObservedColumns.IsDefaultOrEmpty && row.ObservedColumns.Length == columns.Length)
        {
            // the block's header printed its columns in some order: follow it when it names this edition's columns
            var byKey = columns.ToDictionary(c => c.Key, StringComparer.Ordinal);
            var observed = row.ObservedColumns.Select(t => byKey.GetValueOrDefault(t.Key)).ToArray();
            if (observed.All(c => c is not null) && observed.Distinct().Count() == observed.Length)
            {
                columns = [.. observed!];
            }
        }

        int?[]? header = null;
        if (row.Table == TableId.Applications && !row.Header.IsEmpty)
        {
            header = new int?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                header[i] = row.Header.Column(columns[i].Key);
            }
        }

        var fields = table.FieldsOf(def);
        var inOrder = fields.Length == columns.Length;
        for (var i = 0; inOrder && i < columns.Length; i++)
        {
            inOrder = ReferenceEquals(fields[i].Column, columns[i]);
        }

        if (!inOrder)
        {
            fields = [.. columns.Select(c => table.Field(def.Key, c.Key))];
        }

        Place(row, fields, header);
    }

    private void MapCollapsed(RowRecord row)
    {
        var table = schema.Applications;
        var header = table.Columns.Select(c => row.Header.Column(c.Key)).ToArray();
        var placed = ValueAligner.Align(row, table.Columns.Length, header);
        if (placed is null)
        {
            Unaligned(row, table.Columns.Length);
            return;
        }

        var groupKey = row.Target!.Key;
        var values = new Sourced<CellValue>[table.Columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new Sourced<CellValue>(placed[i].Value, placed[i].Where);
        }

        _collapsed.Add(new CollapsedRow(table.Key, groupKey, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(values), row.Where));
    }

    private void MapAppeals(RowRecord row)
    {
        var fields = schema.Appeals.Fields;
        var header = new int?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            header[i] = row.Header.Column(AppealsHeaderKeys[i]);
        }

        Place(row, fields, header);
    }

    /// <summary>"review/upheld" …, in the order of table 3's fields (the same in both editions).</summary>
    private static readonly string[] AppealsHeaderKeys =
        [.. ReportSchema.Edition2021.Appeals.Fields.Select(f => f.Row.Key + "/" + f.Column.Key)];

    private void Place(RowRecord row, ImmutableArray<FieldDef> fields, int?[]? header)
    {
        var duplicate = false;
        foreach (var f in fields)
        {
            duplicate |= !_cells[f].Value.IsAbsent;
        }

        if (duplicate)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.DuplicateRow, Severity.Warning, ReaderMessages.DuplicateRow, row.Where, MessageArg.Of("label", fields[0].Row.Label)));
            return;
        }

        var placed = ValueAligner.Align(row, fields.Length, header);
        if (placed is null)
        {
            Unaligned(row, fields.Length, fields);
            return;
        }

        for (var j = 0; j < fields.Length; j++)
        {
            var p = placed[j];
            _cells.Set(fields[j], p.Value, p.Where);
            if (p.Unit is not null && p.Value.IsNumber)
            {
                var expected = fields[j].Kind == ValueKind.Amount10kYuan ? "万元" : null;
                var wrong = expected is not null && p.Unit != expected;
                diagnostics.Add(Diagnostic.Create(
                    ReaderMessages.UnitInCell,
                    wrong ? Severity.Warning : Severity.Info,
                    ReaderMessages.UnitInCell,
                    p.Where,
                    MessageArg.Of("text", p.Value.Raw),
                    MessageArg.Of("unit", p.Unit)) with { Cells = [fields[j].Id] });
            }
        }
    }

    private void Unaligned(RowRecord row, int expected, ImmutableArray<FieldDef> fields = default)
    {
        var texts = new List<string>();
        foreach (var c in row.Values)
        {
            if (c.Text.Length > 0)
            {
                texts.Add(c.Text);
            }
        }

        var printed = string.Join(" ", texts);
        diagnostics.Add(Diagnostic.Create(
            ReaderMessages.RowUnaligned,
            Severity.Warning,
            ReaderMessages.RowUnaligned,
            row.Where,
            MessageArg.Of("label", row.Target?.Label ?? "表三"),
            MessageArg.Of("count", texts.Count),
            MessageArg.Of("expected", expected),
            MessageArg.Of("values", printed)) with { Cells = fields.IsDefault ? [] : [.. fields.Select(f => f.Id)] });
        if (fields.IsDefault)
        {
            return;
        }

        foreach (var f in fields)
        {
            _cells.Set(f, CellValue.Unreadable(printed), row.Where);
        }
    }
}

using Gongkai.Diagnostics;
using Gongkai.Formats.Writing;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// The totals an authoring file derives: table 2's 总计 column (the six applicant columns), its （七）总计 row (the
/// result rows), and table 3's 总计 in each group (its four columns). The format prints no group totals, so none are
/// kept. A total a person typed must agree with the derived one.
/// </summary>
internal static class AuthoringTotals
{
    public readonly record struct Typed(CellValue Value, SourceRef Where);

    /// <summary>Fills every total of <paramref name="b"/> from its parts; a typed total that disagrees is an error naming the cell and both values.</summary>
    public static void Derive(ReportTables.Builder b, IReadOnlyDictionary<string, Typed> typed, IReadOnlyDictionary<string, SourceRef> rows, AuthoringDiagnostics diagnostics)
    {
        foreach (var (field, value) in Expected(b.Schema, f => b[f].Value))
        {
            var where = rows.GetValueOrDefault(field.Table + "." + field.Row.Key);
            if (typed.TryGetValue(field.Id, out var t))
            {
                where = t.Where;
                if (!ModelEquals(t.Value, value))
                {
                    diagnostics.Add(Diagnostic.Create(
                        AuthoringMessages.TotalMismatch,
                        Severity.Error,
                        AuthoringMessages.TotalMismatch,
                        t.Where,
                        MessageArg.Of("cell", TableName(field.Table) + field.Label),
                        Shown("typed", t.Value),
                        Shown("derived", value)) with { Cells = [field.Id] });
                }
            }

            b.Set(field, value, where);
        }
    }

    /// <summary>
    /// True when every cell of <paramref name="model"/> holds a number and every total equals the sum of its parts, so
    /// the totals can be left out of a file without losing anything.
    /// </summary>
    public static bool AgreeWithParts(ReportModel model)
    {
        if (model.Tables.Cells.Any(c => !c.Value.IsNumber) || !model.CollapsedRows.IsEmpty)
        {
            return false;
        }

        return Expected(model.Schema, f => model.Tables[f].Value).All(e => ModelEquals(model.Tables[e.Field].Value, e.Value));
    }

    /// <summary>Every derived cell with the value its parts give, in an order where parts come before their totals.</summary>
    private static IEnumerable<(FieldDef Field, CellValue Value)> Expected(ReportSchema schema, Func<FieldDef, CellValue> cell)
    {
        var t2 = schema.Applications;
        var totalRow = t2.Row(T2.ResultsTotal);
        var results = t2.Rows.Where(r => r != totalRow && IsResult(t2, r)).ToList();
        var computed = new Dictionary<FieldDef, CellValue>();
        CellValue Get(FieldDef f) => computed.TryGetValue(f, out var v) ? v : cell(f);

        foreach (var col in t2.Columns.Where(c => c.Key != T2.Total))
        {
            var f = t2.Field(totalRow.Key, col.Key);
            computed[f] = Sum(results.Select(r => cell(t2.Field(r.Key, col.Key))));
            yield return (f, computed[f]);
        }

        foreach (var row in t2.Rows)
        {
            var parts = t2.Columns.Where(c => c.Key != T2.Total).Select(c => Get(t2.Field(row.Key, c.Key)));
            yield return (t2.Field(row.Key, T2.Total), Sum(parts));
        }

        var t3 = schema.Appeals;
        foreach (var row in t3.Rows)
        {
            var fields = t3.FieldsOf(row);
            yield return (fields[^1], Sum(fields.Take(fields.Length - 1).Select(cell)));
        }
    }

    private static bool IsResult(TableSchema t2, RowDef row) =>
        row.GroupKey == T2.Results || (row.GroupKey is { } g && t2.Group(g)?.ParentKey == T2.Results);

    /// <summary>The numbers added up; blank when no part is a number.</summary>
    private static CellValue Sum(IEnumerable<CellValue> parts)
    {
        decimal sum = 0;
        var any = false;
        foreach (var p in parts)
        {
            if (p.IsNumber)
            {
                sum += p.Number;
                any = true;
            }
        }

        return any ? CellValue.Of(sum) : CellValue.Blank();
    }

    private static bool ModelEquals(CellValue a, CellValue b) => a.State == b.State && a.Number == b.Number;

    private static MessageArg Shown(string name, CellValue v) => v.State switch
    {
        CellState.Number => MessageArg.Of(name, v.Number),
        CellState.Placeholder => new MessageArg(name, "“" + CellText.Format(v) + "”", "\"" + CellText.Format(v) + "\""),
        _ => new MessageArg(name, "空白", "blank"),
    };

    private static string TableName(TableId id) => id == TableId.Applications ? "表二 " : "表三 ";
}

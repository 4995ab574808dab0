using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using YamlDotNet.RepresentationModel;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// Reads <c>table1</c>, <c>table2</c> and <c>table3</c>: one key per row, its values in the columns' order. In a file
/// that derives its totals, a row lists the columns before 总计 (a typed 总计 is checked), and （七）总计 may be left
/// out; in an as-read file every column is listed and a missing row is a row the document did not have.
/// </summary>
internal sealed class AuthoringTableReader(ReportSchema schema, bool asRead, AuthoringDiagnostics diagnostics)
{
    private readonly ReportTables.Builder _cells = ReportTables.CreateBuilder(schema);
    private readonly Dictionary<string, AuthoringTotals.Typed> _typed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceRef> _rows = new(StringComparer.Ordinal);
    private readonly List<CollapsedRow> _collapsed = [];

    public static string RowKey(TableId table, string row) => table + "." + row;

    public void Read(TableSchema table, YamlScalarNode? key, YamlNode? value)
    {
        if (value is null)
        {
            if (!asRead)
            {
                diagnostics.Add(AuthoringMessages.MissingKey, Severity.Error, SourceRef.None, MessageArg.Of("key", AuthoringKeys.Table(table.Id)), new MessageArg("what", table.Title + "统计表", "the table " + table.Title));
            }

            return;
        }

        _cells.SetLocation(table.Id, diagnostics.Ref(key));
        if (value is YamlScalarNode { Value: null or "" or "~" })
        {
            return;
        }

        if (value is not YamlMappingNode rows)
        {
            diagnostics.Error(AuthoringMessages.NotMapping, value, MessageArg.Of("what", AuthoringKeys.Table(table.Id)));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (k, v) in rows.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (table.TryGetRow(name, out var row))
            {
                seen.Add(name);
                ReadRow(table, row, v);
            }
            else if (asRead && table.Group(name) is { } group && table.Id == TableId.Applications)
            {
                ReadCollapsed(table, group, v);
            }
            else
            {
                diagnostics.Error(AuthoringMessages.UnknownKey, k, MessageArg.Of("key", name), new MessageArg("hint", "（" + AuthoringKeys.Table(table.Id) + " 的行见 docs/authoring.md）", " (the rows of " + AuthoringKeys.Table(table.Id) + " are listed in docs/authoring.md)"));
            }
        }

        if (!asRead)
        {
            foreach (var row in table.Rows.Where(r => !seen.Contains(r.Key) && !AuthoringKeys.IsTotalRow(table, r)))
            {
                diagnostics.Error(AuthoringMessages.MissingRow, key, new MessageArg("table", TableName(table), TableEnglish(table)), MessageArg.Of("row", row.Label));
            }
        }
    }

    public ReportTables.Builder Cells => _cells;

    public IReadOnlyDictionary<string, AuthoringTotals.Typed> TypedTotals => _typed;

    public IReadOnlyDictionary<string, SourceRef> RowRefs => _rows;

    public ImmutableArray<CollapsedRow> Collapsed => [.. _collapsed];

    private void ReadRow(TableSchema table, RowDef row, YamlNode node)
    {
        _rows[RowKey(table.Id, row.Key)] = diagnostics.Ref(node);
        var all = table.ColumnsOf(row);
        var input = AuthoringKeys.InputColumns(table, row);
        var values = Values(node);
        var totalRow = AuthoringKeys.IsTotalRow(table, row);
        var ok = asRead ? values.Count == all.Length : values.Count == all.Length || values.Count == input.Count;
        if (!ok)
        {
            var expected = asRead || input.Count == all.Length ? all.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : input.Count + "/" + all.Length;
            diagnostics.Error(AuthoringMessages.WrongCount, node, MessageArg.Of("row", row.Label), MessageArg.Of("expected", expected), MessageArg.Of("count", values.Count));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var field = table.Field(row.Key, all[i].Key);
            var cell = AuthoringCells.Parse(values[i], asRead);
            if (cell is not { } c)
            {
                diagnostics.Add(Diagnostic.Create(AuthoringMessages.NotANumber, Severity.Error, AuthoringMessages.NotANumber, diagnostics.Ref(values[i]), MessageArg.Of("cell", field.Label), MessageArg.Of("value", (values[i] as YamlScalarNode)?.Value ?? "…")) with { Cells = [field.Id] });
                continue;
            }

            var where = diagnostics.Ref(values[i]);
            if (!asRead && (totalRow || AuthoringKeys.IsTotalColumn(table, all[i])))
            {
                _typed[field.Id] = new AuthoringTotals.Typed(c, where);
            }
            else
            {
                _cells.Set(field, c, where);
            }
        }
    }

    private void ReadCollapsed(TableSchema table, GroupDef group, YamlNode node)
    {
        var values = Values(node);
        if (values.Count != table.Columns.Length)
        {
            diagnostics.Error(AuthoringMessages.WrongCount, node, MessageArg.Of("row", group.Label), MessageArg.Of("expected", table.Columns.Length), MessageArg.Of("count", values.Count));
            return;
        }

        var cells = values.Select(v => new Sourced<CellValue>(AuthoringCells.Parse(v, true) ?? CellValue.Blank(), diagnostics.Ref(v)));
        _collapsed.Add(new CollapsedRow(table.Key, group.Key, [.. cells], diagnostics.Ref(node)));
    }

    /// <summary>A row's values: a flow or block sequence, or a single scalar for a row of one column.</summary>
    private static List<YamlNode> Values(YamlNode node) => node switch
    {
        YamlSequenceNode seq => [.. seq.Children],
        _ => [node],
    };

    public static string TableName(TableSchema table) => table.Id switch
    {
        TableId.Proactive => "表一（主动公开）",
        TableId.Applications => "表二（依申请公开）",
        _ => "表三（复议诉讼）",
    };

    private static string TableEnglish(TableSchema table) => "table " + (int)table.Id;
}

using System.Text;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// The three tables of an authoring file: a key per row with its values in a flow list, its label as a comment, and
/// a comment before each block naming the columns.
/// </summary>
internal static class AuthoringWriterTables
{
    public static void Write(StringBuilder sb, ReportModel model, bool derived)
    {
        foreach (var table in model.Schema.Tables)
        {
            var found = model.Tables.IsFound(table.Id) || table.Fields.Any(f => !model.Tables[f].Value.IsAbsent);
            if (!found && !derived)
            {
                sb.Append("\n# ").Append(Heading(model.Schema, table)).Append("：原文件中没有这张表\n");
                continue;
            }

            sb.Append("\n# ").Append(Heading(model.Schema, table)).Append('\n');
            foreach (var note in Notes(table, derived))
            {
                sb.Append("# ").Append(note).Append('\n');
            }

            sb.Append(AuthoringKeys.Table(table.Id)).Append(":\n");
            switch (table.Id)
            {
                case TableId.Proactive:
                    Proactive(sb, model, table, derived);
                    break;
                default:
                    Rows(sb, model, table, derived);
                    break;
            }
        }
    }

    private static string Heading(ReportSchema schema, TableSchema table) =>
        "表" + (table.Id switch { TableId.Proactive => "一", TableId.Applications => "二", _ => "三" }) + " · " + schema.Sections[(int)table.Id].FullHeading;

    private static IEnumerable<string> Notes(TableSchema table, bool derived)
    {
        var cols = string.Join(", ", table.Columns.Where(c => derived ? !AuthoringKeys.IsTotalColumn(table, c) : true).Select(c => c.Label));
        switch (table.Id)
        {
            case TableId.Applications:
                yield return "每行 " + (derived ? "6" : "7") + " 个数，依次为：" + cols;
                yield return derived ? "“总计”列和“（七）总计”行由程序计算。勾稽关系（每一列）：一 + 二 = （七）总计 + 四" : "勾稽关系（每一列）：一 + 二 = （七）总计 + 四";
                yield return "部分公开：区分处理的，只计这一情形，不计其他情形";
                break;
            case TableId.Appeals:
                yield return "每行 " + (derived ? "4" : "5") + " 个数，依次为：" + cols + (derived ? "（“总计”由程序计算）" : string.Empty);
                break;
            default:
                yield return "每一项的各列见各组注释";
                break;
        }
    }

    private static void Proactive(StringBuilder sb, ReportModel model, TableSchema table, bool derived)
    {
        foreach (var block in table.Blocks)
        {
            var rows = block.RowKeys.Select(table.Row).Where(r => derived || table.FieldsOf(r).Any(f => !model.Tables[f].Value.IsAbsent)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            sb.Append("  # ").Append(block.Label).Append('：').AppendJoin(", ", block.Columns.Select(c => c.Label)).Append('\n');
            foreach (var row in rows)
            {
                var fields = table.FieldsOf(row);
                var values = fields.Select(f => AuthoringCells.Format(model.Tables[f].Value)).ToList();
                var text = values.Count == 1 ? values[0] : "[" + string.Join(", ", values) + "]";
                AuthoringWriterCore.Line(sb, 2, row.Key + ": " + text, row.Label);
            }
        }
    }

    private static void Rows(StringBuilder sb, ReportModel model, TableSchema table, bool derived)
    {
        string? group = null;
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (derived && AuthoringKeys.IsTotalRow(table, row))
            {
                continue;
            }

            var fields = table.FieldsOf(row).Where(f => !derived || !AuthoringKeys.IsTotalColumn(table, f.Column)).ToList();
            var absent = fields.All(f => model.Tables[f].Value.IsAbsent);
            var collapsed = absent && row.GroupKey is { } g ? model.CollapsedRows.FirstOrDefault(c => c.TableKey == table.Key && c.GroupKey == g) : null;
            if (absent && !derived && collapsed is null)
            {
                continue;
            }

            if (row.GroupKey != group)
            {
                group = row.GroupKey;
                if (group is not null && table.Group(group) is { } def)
                {
                    if (def.ParentKey is { } parent && shown.Add(parent))
                    {
                        sb.Append("  # ").Append(table.Group(parent)!.Label).Append('\n');
                    }

                    if (shown.Add(def.Key) && table.Id == TableId.Applications)
                    {
                        sb.Append("  # ").Append(def.Label).Append('\n');
                    }
                }
            }

            if (collapsed is not null)
            {
                if (collapsed.GroupKey == row.GroupKey && table.RowsOf(row.GroupKey!).First() == row)
                {
                    var vals = string.Join(", ", collapsed.Values.Select(v => AuthoringCells.Format(v.Value)));
                    AuthoringWriterCore.Line(sb, 2, row.GroupKey + ": [" + vals + "]", table.Group(row.GroupKey!)!.Label + "（原文件印为一行）");
                }

                continue;
            }

            var text = "[" + string.Join(", ", fields.Select(f => AuthoringCells.Format(model.Tables[f].Value))) + "]";
            AuthoringWriterCore.Line(sb, 2, row.Key + ": " + text, Label(table, row));
        }
    }

    private static string Label(TableSchema table, RowDef row) =>
        table.Id == TableId.Appeals && row.GroupKey is { } g ? table.Group(g)!.Label + " · " + row.Label : row.Label;
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// F3: every table, row and column of the format is there. A table not found is one finding; the rows of a found
/// table whose every cell is absent are listed in one finding per table (a cut-off table loses many rows at once);
/// a column absent from every row present is one finding.
/// </summary>
/// <remarks>
/// A 2021 table that printed （六）其他处理 as one row is missing its three sub-rows; the finding says the group was
/// printed as a single row, which is the more useful description.
/// </remarks>
public sealed class F3CanonicalLabelsRule : IReportRule
{
    public const string Id = "F3";
    public const string TableMissing = "F3.table_missing";
    public const string RowsMissing = "F3.rows_missing";
    public const string ColumnMissing = "F3.column_missing";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Fidelity,
        "表格行列齐全",
        "All rows and columns of the tables",
        "三张统计表应齐全，每张表应包含格式规定的全部行和列（比对时忽略全角半角、空格、繁简差异）。",
        "The three tables must be there, each with every row and column of the format (compared after normalising width, spaces and script).",
        [
            new(TableMissing, "未找到{table}", "{table} was not found"),
            new(RowsMissing, "{table}缺少 {count} 行：{rows}{collapsed}", "{table} is missing {count} rows: {rows}{collapsed}"),
            new(ColumnMissing, "{table}缺少“{column}”栏", "{table} is missing the column {column}"),
        ]);

    /// <summary>More rows than any table of either edition has.</summary>
    private const int MaxRows = 64;

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        Span<bool> buffer = stackalloc bool[MaxRows];
        for (var t = 0; t < 3; t++)
        {
            var table = report.Schema.Tables[t];
            if (!report.Tables.IsFound(table.Id))
            {
                tally.Fail(tally.Finding(TableMissing, report, [], default, Rule.Severity, Args.Table("table", table)));
                continue;
            }

            var rows = plan.TableRowFields[t];
            var absent = buffer[..rows.Length];
            var anyAbsent = false;
            for (var r = 0; r < rows.Length; r++)
            {
                absent[r] = AllAbsent(report, rows[r]);
                anyAbsent |= absent[r];
            }

            Rows(tally, report, table, rows, absent, anyAbsent);
            Columns(tally, report, plan, table, t, absent);
        }

        return tally.Build();
    }

    private static void Rows(RuleTally tally, ReportModel report, TableSchema table, FieldDef[][] rowFields, ReadOnlySpan<bool> absent, bool anyAbsent)
    {
        if (!anyAbsent)
        {
            tally.Pass();
            return;
        }

        var missing = new List<RowDef>();
        var ids = new List<string>();
        for (var r = 0; r < absent.Length; r++)
        {
            if (absent[r])
            {
                missing.Add(table.Rows[r]);
                foreach (var f in rowFields[r])
                {
                    ids.Add(f.Id);
                }
            }
        }

        var zh = new string[missing.Count];
        var en = new string[missing.Count];
        var collapsedGroup = (GroupDef?)null;
        for (var i = 0; i < missing.Count; i++)
        {
            var a = Args.Row("r", missing[i]);
            zh[i] = a.Zh;
            en[i] = a.En ?? a.Zh;
            if (collapsedGroup is null && missing[i].GroupKey is { } g && IsCollapsed(report, table, g))
            {
                collapsedGroup = table.Group(g);
            }
        }

        tally.Fail(tally.Finding(
            RowsMissing,
            report,
            ids,
            report.Tables.Location(table.Id),
            Rule.Severity,
            Args.Table("table", table),
            Args.Number("count", missing.Count),
            Args.List("rows", zh, en),
            Collapsed(collapsedGroup)));
    }

    private static void Columns(RuleTally tally, ReportModel report, SchemaPlan plan, TableSchema table, int t, ReadOnlySpan<bool> rowAbsent)
    {
        foreach (var col in plan.TableColumns[t])
        {
            var anyPresentRow = false;
            var columnPresent = false;
            for (var i = 0; i < col.Fields.Length; i++)
            {
                if (rowAbsent[col.RowIndexes[i]])
                {
                    continue;
                }

                anyPresentRow = true;
                if (!report.Tables[col.Fields[i]].Value.IsAbsent)
                {
                    columnPresent = true;
                    break;
                }
            }

            if (!anyPresentRow)
            {
                continue;
            }

            if (columnPresent)
            {
                tally.Pass();
                continue;
            }

            tally.Fail(tally.Finding(ColumnMissing, report, FieldIds.Of(col.Fields), report.Tables.Location(table.Id), Rule.Severity, Args.Table("table", table), Args.Column("column", col.Column)));
        }
    }

    private static bool AllAbsent(ReportModel report, FieldDef[] fields)
    {
        foreach (var f in fields)
        {
            if (!report.Tables[f].Value.IsAbsent)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCollapsed(ReportModel report, TableSchema table, string group)
    {
        foreach (var c in report.CollapsedRows)
        {
            if (c.TableKey == table.Key && c.GroupKey == group)
            {
                return true;
            }
        }

        return false;
    }

    private static MessageArg Collapsed(GroupDef? group) => group is null
        ? new("collapsed", string.Empty, string.Empty)
        : new("collapsed", "（“" + group.Label + "”印为一行，未分列子项）", " (“" + group.Label + "” was printed as a single row, without its sub-rows)");
}

using Gongkai.Schema;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// The keys of an authoring file. Rows and columns take the schema's stable keys ("denied.1", "natural_person"), so
/// a file means the same thing for as long as the format does; every block carries a Chinese comment with its label.
/// </summary>
public static class AuthoringKeys
{
    public const string Version = "gongkai";
    public const string Edition = "edition";
    public const string Year = "year";
    public const string Body = "body";
    public const string Title = "title";
    public const string Period = "period";
    public const string Totals = "totals";
    public const string Preamble = "preamble";
    public const string Sections = "sections";

    /// <summary>Totals are computed from their parts; a typed total must agree.</summary>
    public const string Derived = "derived";

    /// <summary>Every value is taken as written, totals too (a published report converted by <c>gongkai parse</c>).</summary>
    public const string AsRead = "as-read";

    /// <summary>The version this program reads and writes.</summary>
    public const int CurrentVersion = 1;

    public static string Section(SectionId id) => id switch
    {
        SectionId.Overview => "overview",
        SectionId.Proactive => "proactive",
        SectionId.Applications => "applications",
        SectionId.Appeals => "appeals",
        SectionId.Problems => "problems",
        _ => "other",
    };

    public static string Table(TableId id) => id switch
    {
        TableId.Proactive => "table1",
        TableId.Applications => "table2",
        _ => "table3",
    };

    /// <summary>A 总计 column: table 2's and table 3's, derived from the columns before it.</summary>
    public static bool IsTotalColumn(TableSchema table, ColumnDef column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        return (table.Id == TableId.Applications && column.Key == T2.Total) || (table.Id == TableId.Appeals && column.Key == T3.Total);
    }

    /// <summary>Table 2's （七）总计, derived from the result rows.</summary>
    public static bool IsTotalRow(TableSchema table, RowDef row)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        return table.Id == TableId.Applications && row.Key == T2.ResultsTotal;
    }

    /// <summary>The columns a person types for <paramref name="row"/>: all but the 总计 column.</summary>
    public static IReadOnlyList<ColumnDef> InputColumns(TableSchema table, RowDef row)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.ColumnsOf(row).Where(c => !IsTotalColumn(table, c))];
    }
}

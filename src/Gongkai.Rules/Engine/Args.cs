using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Schema;

namespace Gongkai.Rules;

/// <summary>Message arguments for the things rules talk about, in both languages.</summary>
public static class Args
{
    public static MessageArg Row(string name, RowDef row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(name, "“" + row.Label + "”", row.English + " (“" + row.Label + "”)");
    }

    public static MessageArg Field(string name, FieldDef field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var zh = field.Column.Key.Length == 0 ? "“" + field.Row.Label + "”" : "“" + field.Row.Label + "”/“" + field.Column.Label + "”";
        return new(name, zh, field.English + " (" + zh + ")");
    }

    public static MessageArg Column(string name, ColumnDef column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(name, "“" + column.Label + "”", column.English + " (“" + column.Label + "”)");
    }

    public static MessageArg Table(string name, TableSchema table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = (int)table.Id;
        var zh = n switch { 1 => "表一（主动公开）", 2 => "表二（依申请公开）", _ => "表三（行政复议、行政诉讼）" };
        var en = n switch { 1 => "table 1 (proactive disclosure)", 2 => "table 2 (applications)", _ => "table 3 (reconsideration and litigation)" };
        return new(name, zh, en);
    }

    public static MessageArg Section(string name, SectionDef section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new(name, section.Numeral + "、" + section.Heading, section.Numeral + " (" + section.English + ")");
    }

    /// <summary>An edition of the format with the number of the notice that issued it.</summary>
    public static MessageArg Edition(string name, ReportEdition edition) => edition == ReportEdition.Trial2019
        ? new(name, "2019 年试行格式（国办公开办函〔2019〕60号）", "the 2019 trial format (国办公开办函〔2019〕60号)")
        : new(name, "2021 年格式（国办公开办函〔2021〕30号）", "the 2021 format (国办公开办函〔2021〕30号)");

    public static MessageArg Number(string name, decimal value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    public static MessageArg Text(string name, string value) => new(name, value);

    public static MessageArg Words(string name, string zh, string en) => new(name, zh, en);

    /// <summary>A list joined by "、" in Chinese and ", " in English.</summary>
    public static MessageArg List(string name, IEnumerable<string> zh, IEnumerable<string> en) =>
        new(name, string.Join("、", zh), string.Join(", ", en));
}

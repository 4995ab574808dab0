using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>Builds the tables of one edition, numbering the cells densely across tables.</summary>
internal sealed class SchemaBuilder
{
    private int _next;

    public static ColumnDef Col(string key, string label, string english, params string[] aliases) => new(key, label, english, [.. aliases]);

    public static RowDef Row(string key, string label, string english, string? group = null, string? block = null, params string[] aliases) =>
        new(key, label, english, group, block, [.. aliases]);

    public static GroupDef Group(string key, string label, string english, string? parent = null, params string[] aliases) =>
        new(key, label, english, parent, [.. aliases]);

    public TableSchema Table(
        TableId id,
        string title,
        ImmutableArray<ColumnDef> columns,
        ImmutableArray<BlockDef> blocks,
        ImmutableArray<GroupDef> groups,
        ImmutableArray<RowDef> rows,
        ImmutableArray<string> headerLabels,
        ImmutableArray<PrintedNote> notes,
        Func<RowDef, ColumnDef, ValueKind>? kind = null)
    {
        var key = "t" + ((int)id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fields = ImmutableArray.CreateBuilder<FieldDef>();
        foreach (var row in rows)
        {
            var cols = row.BlockKey is { } b ? blocks.Single(x => x.Key == b).Columns : columns;
            foreach (var col in cols)
            {
                fields.Add(new FieldDef(_next++, SchemaIds.Cell(key, row.Key, col.Key), id, row, col, kind?.Invoke(row, col) ?? ValueKind.Count));
            }
        }

        return new TableSchema(id, title, columns, blocks, groups, rows, fields.ToImmutable(), headerLabels, notes);
    }

    public static ImmutableArray<SectionDef> Sections() =>
    [
        new(SectionId.Overview, "一", "总体情况", "Overview", [], ["总体情况"]),
        new(SectionId.Proactive, "二", "主动公开政府信息情况", "Proactive disclosure", [], ["主动公开"]),
        new(SectionId.Applications, "三", "收到和处理政府信息公开申请情况", "Applications received and handled", ["依申请公开政府信息情况", "依申请公开情况"], ["收到和处理", "依申请公开", "公开申请"]),
        new(SectionId.Appeals, "四", "政府信息公开行政复议、行政诉讼情况", "Administrative reconsideration and litigation", ["因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼情况"], ["复议", "诉讼"]),
        new(SectionId.Problems, "五", "存在的主要问题及改进情况", "Main problems and improvements", ["存在的主要问题和改进情况", "存在的主要问题及改进措施"], ["问题"]),
        new(SectionId.Other, "六", "其他需要报告的事项", "Other matters to report", ["其他需要报告事项", "其他事项"], ["其他"]),
    ];

    public static PrintedNote BalanceNote { get; } = new(
        "balance",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "the balance rule: items 1 + 2 = items 3 + 4, in every column",
        "勾稽关系");

    public static PrintedNote PartialNote { get; } = new(
        "partial_once",
        "区分处理的，只计这一情形，不计其他情形",
        "partial disclosure is counted once, under (二) only",
        "只计这一情形");

    public static PrintedNote UnitNote { get; } = new(
        "unit_10k_yuan",
        "（单位：万元）",
        "the unit of fees: 10,000 yuan",
        "万元");
}

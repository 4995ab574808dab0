using System.Collections.Immutable;
using static Gongkai.Schema.SchemaBuilder;
using T1 = Gongkai.Schema.SchemaIds.T1;

namespace Gongkai.Schema;

/// <summary>The 2021 format (国办公开办函〔2021〕30号), as rebuilt in the spec §1.</summary>
internal static class Schema2021
{
    public static ReportSchema Build()
    {
        var b = new SchemaBuilder();
        var decisions = Col(T1.Value, "本年处理决定数量", "decisions this year");
        ImmutableArray<BlockDef> blocks =
        [
            new(T1.Item1, "第二十条第（一）项", "Art. 20 (1)", [Col(T1.Issued, "本年制发件数", "issued this year"), Col(T1.Repealed, "本年废止件数", "repealed this year"), Col(T1.InForce, "现行有效件数", "in force")], [T1.Regulations, T1.NormativeDocs]),
            new(T1.Item5, "第二十条第（五）项", "Art. 20 (5)", [decisions], [T1.Licensing]),
            new(T1.Item6, "第二十条第（六）项", "Art. 20 (6)", [decisions], [T1.Penalty, T1.Coercion]),
            new(T1.Item8, "第二十条第（八）项", "Art. 20 (8)", [Col(T1.Value, "本年收费金额（单位：万元）", "fees collected this year (10,000 yuan)", "本年收费金额")], [T1.Fees10kYuan]),
        ];
        ImmutableArray<RowDef> rows =
        [
            Row(T1.Regulations, "规章", "rules (规章)", null, T1.Item1),
            Row(T1.NormativeDocs, "行政规范性文件", "normative documents", null, T1.Item1),
            Row(T1.Licensing, "行政许可", "administrative licensing", null, T1.Item5),
            Row(T1.Penalty, "行政处罚", "administrative penalties", null, T1.Item6),
            Row(T1.Coercion, "行政强制", "administrative coercion", null, T1.Item6),
            Row(T1.Fees10kYuan, "行政事业性收费", "administrative fees", null, T1.Item8),
        ];
        var t1 = b.Table(
            TableId.Proactive,
            "主动公开政府信息情况",
            [],
            blocks,
            [],
            rows,
            ["信息内容"],
            [SchemaBuilder.UnitNote],
            (row, _) => row.Key == T1.Fees10kYuan ? ValueKind.Amount10kYuan : ValueKind.Count);
        var t2 = ApplicationsTable.Build(b, edition2021: true);
        var t3 = ApplicationsTable.BuildAppeals(b);
        return new ReportSchema(ReportEdition.National2021, "国办公开办函〔2021〕30号", "中华人民共和国政府信息公开工作年度报告格式", Sections(), t1, t2, t3);
    }
}

using System.Collections.Immutable;
using static Gongkai.Schema.SchemaBuilder;
using T1 = Gongkai.Schema.SchemaIds.T1;

namespace Gongkai.Schema;

/// <summary>The 2019 trial format (国办公开办函〔2019〕60号), as rebuilt in the spec §2.</summary>
internal static class Schema2019
{
    public static ReportSchema Build()
    {
        var b = new SchemaBuilder();
        var prev = Col(T1.PrevItems, "上一年项目数量", "items last year");
        var change = Col(T1.Change, "本年增/减", "change this year", "本年增减");
        var dec = Col(T1.Decisions, "处理决定数量", "decisions", "本年处理决定数量");
        ImmutableArray<BlockDef> blocks =
        [
            new(T1.Item1, "第二十条第（一）项", "Art. 20 (1)", [Col(T1.NewMade, "本年新制作数量", "newly made this year"), Col(T1.NewPublished, "本年新公开数量", "newly published this year"), Col(T1.TotalPublished, "对外公开总数量", "total published")], [T1.Regulations, T1.NormativeDocs]),
            new(T1.Item5, "第二十条第（五）项", "Art. 20 (5)", [prev, change, dec], [T1.Licensing, T1.OtherServices]),
            new(T1.Item6, "第二十条第（六）项", "Art. 20 (6)", [prev, change, dec], [T1.Penalty, T1.Coercion]),
            new(T1.Item8, "第二十条第（八）项", "Art. 20 (8)", [prev, change], [T1.Fees]),
            new(T1.Item9, "第二十条第（九）项", "Art. 20 (9)", [Col(T1.ProcurementCount, "采购项目数量", "procurement items"), Col(T1.ProcurementAmount, "采购总金额", "total procurement amount")], [T1.Procurement]),
        ];
        ImmutableArray<RowDef> rows =
        [
            Row(T1.Regulations, "规章", "rules (规章)", null, T1.Item1),
            Row(T1.NormativeDocs, "规范性文件", "normative documents", null, T1.Item1),
            Row(T1.Licensing, "行政许可", "administrative licensing", null, T1.Item5),
            Row(T1.OtherServices, "其他对外管理服务事项", "other external management services", null, T1.Item5),
            Row(T1.Penalty, "行政处罚", "administrative penalties", null, T1.Item6),
            Row(T1.Coercion, "行政强制", "administrative coercion", null, T1.Item6),
            Row(T1.Fees, "行政事业性收费", "administrative fees", null, T1.Item8),
            Row(T1.Procurement, "政府集中采购", "government centralised procurement", null, T1.Item9),
        ];
        var t1 = b.Table(
            TableId.Proactive,
            "主动公开政府信息情况",
            [],
            blocks,
            [],
            rows,
            ["信息内容"],
            [],
            (row, col) => col.Key switch
            {
                T1.Change => ValueKind.SignedCount,
                T1.ProcurementAmount => ValueKind.Amount,
                _ => ValueKind.Count,
            });
        var t2 = ApplicationsTable.Build(b, edition2021: false);
        var t3 = ApplicationsTable.BuildAppeals(b);
        return new ReportSchema(ReportEdition.Trial2019, "国办公开办函〔2019〕60号", "中华人民共和国政府信息公开工作年度报告格式（试行）", Sections(), t1, t2, t3);
    }
}

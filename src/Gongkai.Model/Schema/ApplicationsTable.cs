using System.Collections.Immutable;
using static Gongkai.Schema.SchemaBuilder;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Schema;

/// <summary>Tables 2 and 3, which differ between editions only in （六）其他处理.</summary>
internal static class ApplicationsTable
{
    public static ImmutableArray<ColumnDef> ApplicantColumns { get; } =
    [
        Col(T2.NaturalPerson, "自然人", "natural persons"),
        Col(T2.Commercial, "商业企业", "commercial enterprises"),
        Col(T2.Research, "科研机构", "research institutions"),
        Col(T2.SocialWelfare, "社会公益组织", "social welfare organisations"),
        Col(T2.LegalService, "法律服务机构", "legal service institutions"),
        Col(T2.OtherOrg, "其他", "other organisations"),
        Col(T2.Total, "总计", "total", "合计"),
    ];

    public static TableSchema Build(SchemaBuilder b, bool edition2021)
    {
        var groups = ImmutableArray.CreateBuilder<GroupDef>();
        groups.Add(Group(T2.Results, "三、本年度办理结果", "results of this year"));
        groups.Add(Group(T2.Denied, "（三）不予公开", "not disclosed", T2.Results));
        groups.Add(Group(T2.Unable, "（四）无法提供", "cannot be provided", T2.Results));
        groups.Add(Group(T2.NotProcessed, "（五）不予处理", "not processed", T2.Results));
        if (edition2021)
        {
            groups.Add(Group(T2.Other, "（六）其他处理", "other handling", T2.Results));
        }

        var rows = ImmutableArray.CreateBuilder<RowDef>();
        rows.Add(Row(T2.New, "一、本年新收政府信息公开申请数量", "new applications this year"));
        rows.Add(Row(T2.CarriedOver, "二、上年结转政府信息公开申请数量", "carried over from last year"));
        rows.Add(Row(T2.Granted, "（一）予以公开", "disclosed", T2.Results));
        rows.Add(Row(T2.Partial, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partly disclosed", T2.Results, null, "部分公开"));
        string[] denied =
        [
            "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
            "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项",
        ];
        string[] deniedEn =
        [
            "state secret", "prohibited by other laws and regulations", "endangers the 'three securities and one stability'",
            "protects a third party's lawful rights", "internal affairs information", "process information",
            "administrative enforcement files", "administrative enquiry matters",
        ];
        AddSubRows(rows, T2.Denied, denied, deniedEn);
        AddSubRows(rows, T2.Unable, ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"], ["information not held", "would have to be newly made", "still unclear after correction"]);
        AddSubRows(
            rows,
            T2.NotProcessed,
            ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"],
            ["petitions, reports and complaints", "repeated application", "asks for published material", "large repeated applications without good reason", "asks to confirm or reissue information already obtained"]);
        if (edition2021)
        {
            AddSubRows(
                rows,
                T2.Other,
                ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"],
                ["no correction in time", "fee not paid in time", "other"]);
        }
        else
        {
            rows.Add(Row(T2.OtherRow2019, "（六）其他处理", "other handling", T2.Results));
        }

        rows.Add(Row(T2.ResultsTotal, "（七）总计", "total of results", T2.Results, null, "合计"));
        rows.Add(Row(T2.CarriedForward, "四、结转下年度继续办理", "carried forward to next year", null, null, "结转下年度办理"));

        return b.Table(
            TableId.Applications,
            "收到和处理政府信息公开申请情况",
            ApplicantColumns,
            [],
            groups.ToImmutable(),
            rows.ToImmutable(),
            ["申请人情况", "法人或其他组织"],
            [SchemaBuilder.BalanceNote, SchemaBuilder.PartialNote]);
    }

    public static TableSchema BuildAppeals(SchemaBuilder b)
    {
        ImmutableArray<ColumnDef> cols =
        [
            Col(T3.Upheld, "结果维持", "upheld"),
            Col(T3.Corrected, "结果纠正", "corrected"),
            Col(T3.OtherResult, "其他结果", "other result"),
            Col(T3.Pending, "尚未审结", "pending"),
            Col(T3.Total, "总计", "total", "合计"),
        ];
        ImmutableArray<GroupDef> groups = [Group(T3.Litigation, "行政诉讼", "administrative litigation")];
        ImmutableArray<RowDef> rows =
        [
            Row(T3.Review, "行政复议", "administrative reconsideration"),
            Row(T3.SuitDirect, "未经复议直接起诉", "suits without prior reconsideration", T3.Litigation),
            Row(T3.SuitAfterReview, "复议后起诉", "suits after reconsideration", T3.Litigation),
        ];
        return b.Table(TableId.Appeals, "政府信息公开行政复议、行政诉讼情况", cols, [], groups, rows, [], []);
    }

    private static void AddSubRows(ImmutableArray<RowDef>.Builder rows, string group, string[] labels, string[] english)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var n = i + 1;
            rows.Add(Row(T2.Sub(group, n), n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + labels[i], english[i], group));
        }
    }
}

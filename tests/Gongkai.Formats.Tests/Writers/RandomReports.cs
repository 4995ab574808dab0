using System.Globalization;
using Gongkai.Formats.Writing;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;
using T2 = Gongkai.Schema.SchemaIds.T2;

namespace Gongkai.Tests.Writers;

/// <summary>
/// Random valid reports of both editions for the round-trip properties, built from a seed so a failure names the
/// report that broke. Two kinds: <see cref="Authored"/> — every cell a number and every total the sum of its parts,
/// as an authoring file makes them — and <see cref="AsRead"/> — blanks, placeholders, numbers printed with a sign or
/// a unit, totals that need not add up, as readers find them in published reports.
/// </summary>
internal static class RandomReports
{
    private static readonly string[] Bodies =
    [
        "青禾市生态环境局", "临川县民政局", "松陵区人民政府办公室", "白鹭市市场监督管理局", "河阳市统计局", "澄岚市住房和城乡建设局",
        "枫渚区卫生健康委员会", "霁川县农业农村局", "芦湾县自然资源局", "苇江市人力资源和社会保障局", "云溪镇人民政府",
    ];

    private static readonly string[] Openings =
    [
        "本机关", "我局", "全年", "年内", "本年度", "一是", "二是", "下一步，", "同时，", "此外，", "对照上级要求，",
    ];

    private static readonly string[] Middles =
    [
        "通过门户网站主动公开各类政府信息{0}条", "办理政府信息公开申请{0}件", "开展政务公开业务培训{0}次，参训{1}人次",
        "制发行政规范性文件{0}件，均已全文公开", "更新主动公开基本目录{0}项", "在政务新媒体发布信息{0}条（含图解{1}条）",
        "对{0}件申请作出部分公开答复", "组织集中清理规范性文件，废止{0}件", "收集公众意见建议{0}条; 均已按期回复",
        "举办政府开放日活动{0}场，参与群众{1}人", "接听12345热线转办事项{0}件", "“一网通办”平台上线事项{0}项",
        "COVID-19 防控信息发布{0}条, 解读{1}篇", "按照“谁公开、谁审查”的要求落实保密审查",
    ];

    private static readonly string[] Endings = ["。", "，取得较好成效。", "；相关情况已向社会公布。", "，未发生泄密问题。", "。"];

    private static readonly string[] PlaceholderMarks = ["/", "—", "-", "无", "——", "／"];

    public static FsCheck.Gen<int> Seeds => FsCheck.Fluent.Gen.Choose(0, int.MaxValue - 1);

    /// <summary>A report as an authoring file makes it: numbers only, totals derived, the 统计期限 stated in the preamble.</summary>
    public static ReportModel Authored(int seed) => Build(new Random(seed), asRead: false);

    /// <summary>A report as a reader finds it: blanks, placeholders, signs and units kept, totals as printed.</summary>
    public static ReportModel AsRead(int seed) => Build(new Random(seed), asRead: true);

    private static ReportModel Build(Random rng, bool asRead)
    {
        var edition = rng.Next(3) == 0 ? ReportEdition.Trial2019 : ReportEdition.National2021;
        var schema = ReportSchema.For(edition);
        var year = edition == ReportEdition.Trial2019 ? 2019 + rng.Next(2) : 2021 + rng.Next(5);
        var body = Bodies[rng.Next(Bodies.Length)];
        var title = ReportOutline.ComposeTitle(body, year);
        var cells = ReportTables.CreateBuilder(schema);
        foreach (var t in schema.Tables)
        {
            cells.SetLocation(t.Id, new SourceRef(default, 1, 1));
        }

        foreach (var f in schema.Fields)
        {
            cells.Set(f, asRead ? ReadCell(rng, f) : CellValue.Of(Count(rng, f)));
        }

        if (!asRead)
        {
            DeriveTotals(schema, cells);
        }

        var preamble = new List<string>();
        for (var i = rng.Next(3); i > 0; i--)
        {
            preamble.Add(Sentence(rng, year));
        }

        DateRange? period = null;
        if (!asRead || rng.Next(4) > 0)
        {
            period = new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            preamble.Insert(rng.Next(preamble.Count + 1), $"本报告中所列数据的统计期限为{year}年1月1日至{year}年12月31日。");
        }

        var sections = schema.Sections.Select(def => new ReportSection(
            def.Id,
            new Sourced<string>(def.FullHeading, SourceRef.None),
            LabelMatchKind.Exact,
            [.. Enumerable.Range(0, rng.Next(def.Id == SectionId.Overview ? 1 : 0, 5)).Select(_ => new Sourced<string>(Sentence(rng, year), SourceRef.None))],
            default));

        return new ReportModel(cells.ToTables())
        {
            Format = "random",
            EditionSource = EditionSource.Declared,
            Metadata = new ReportMetadata
            {
                Title = new Sourced<string>(title, SourceRef.None),
                Body = new Sourced<string>(body, SourceRef.None),
                Year = new Sourced<int>(year, SourceRef.None),
                StatisticalPeriod = period is { } p ? new Sourced<DateRange>(p, SourceRef.None) : null,
            },
            Preamble = [.. preamble.Select(p => new Sourced<string>(p, SourceRef.None))],
            Sections = [.. sections],
        };
    }

    private static string Sentence(Random rng, int year)
    {
        var n = rng.Next(1, 4);
        var parts = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var middle = string.Format(CultureInfo.InvariantCulture, Middles[rng.Next(Middles.Length)], rng.Next(0, 2000), rng.Next(0, 300));
            parts.Add((i == 0 && rng.Next(2) == 0 ? year.ToString(CultureInfo.InvariantCulture) + "年，" : string.Empty) + Openings[rng.Next(Openings.Length)] + middle);
        }

        return string.Join("，", parts) + Endings[rng.Next(Endings.Length)];
    }

    private static decimal Count(Random rng, FieldDef f) => f.Kind switch
    {
        ValueKind.Amount10kYuan => rng.Next(3) == 0 ? 0 : Math.Round((decimal)rng.NextDouble() * 50, rng.Next(0, 5)),
        ValueKind.SignedCount => rng.Next(-20, 21),
        ValueKind.Amount => rng.Next(0, 2_000_000),
        _ => rng.Next(4) == 0 ? rng.Next(0, 400) : rng.Next(0, 6),
    };

    private static CellValue ReadCell(Random rng, FieldDef f)
    {
        switch (rng.Next(12))
        {
            case 0:
                return CellValue.Blank();
            case 1:
                return CellValue.Placeholder(LabelNormalizer.NormalizeText(PlaceholderMarks[rng.Next(PlaceholderMarks.Length)]));
            default:
                var n = Count(rng, f);
                if (f.Kind == ValueKind.SignedCount && n > 0 && rng.Next(2) == 0)
                {
                    return CellValue.Of(n, "+" + n.ToString(CultureInfo.InvariantCulture));
                }

                if (f.Kind == ValueKind.Amount && rng.Next(2) == 0)
                {
                    return CellValue.Of(n, n.ToString(CultureInfo.InvariantCulture) + "元");
                }

                return CellValue.Of(n);
        }
    }

    private static void DeriveTotals(ReportSchema schema, ReportTables.Builder b)
    {
        var t2 = schema.Applications;
        var applicants = t2.Columns.Where(c => c.Key != T2.Total).ToList();
        var results = t2.Rows.Where(r => r.Key != T2.ResultsTotal && (r.GroupKey == T2.Results || (r.GroupKey is { } g && t2.Group(g)!.ParentKey == T2.Results))).ToList();
        foreach (var c in applicants)
        {
            b.Set(t2.Field(T2.ResultsTotal, c.Key), CellValue.Of(results.Sum(r => b[t2.Field(r.Key, c.Key)].Value.Number)));
        }

        foreach (var r in t2.Rows)
        {
            b.Set(t2.Field(r.Key, T2.Total), CellValue.Of(applicants.Sum(c => b[t2.Field(r.Key, c.Key)].Value.Number)));
        }

        foreach (var r in schema.Appeals.Rows)
        {
            var fields = schema.Appeals.FieldsOf(r);
            b.Set(fields[^1], CellValue.Of(fields.Take(fields.Length - 1).Sum(f => b[f].Value.Number)));
        }
    }
}

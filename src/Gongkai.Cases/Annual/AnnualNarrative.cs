using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Cases.Annual;

/// <summary>
/// The prose of a report drafted from the register: a preamble and the six sections, every number in it taken from
/// the same figures as the tables, so the narrative rules (N1–N9) find nothing to contradict. The office edits the
/// draft before publishing; the figures are the part it should not have to retype.
/// </summary>
internal static class AnnualNarrative
{
    public static ImmutableArray<Sourced<string>> Preamble(string body, int year, ReportSchema schema) =>
    [
        P($"本报告由{body}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条和《中华人民共和国政府信息公开工作年度报告格式》（{schema.DocumentNumber}）编制。"),
        P("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"),
        P($"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止，由本机关政府信息公开申请登记簿统计生成。"),
    ];

    public static ImmutableArray<ReportSection> Sections(AnnualFigures f, ReportSchema schema)
    {
        var y = f.Year;
        var newTotal = f.New.Sum();
        var over = f.CarriedOver.Sum();
        var forward = f.CarriedForward.Sum();
        var results = 0;
        foreach (var n in f.Results)
        {
            results += n;
        }

        var norm = f.Documents[1];
        var overview = ImmutableArray.Create(
            P($"（一）主动公开。{y}年，本机关制发行政规范性文件{norm.Issued}件，废止{norm.Repealed}件，按照《条例》第二十条的要求主动公开行政许可、行政处罚、行政强制和行政事业性收费等信息。"),
            P($"（二）依申请公开。{y}年，本机关收到政府信息公开申请{newTotal}件，{Applicants(f)}。上年结转申请{over}件。全年办结{results}件，结转下年度继续办理{forward}件。"),
            P("（三）政府信息管理。本机关通过政府信息公开申请登记簿管理每件申请的收到、补正、征求意见、延期和答复，按照法定工作日（含国务院调休安排）计算答复期限，并在期限届满前提醒承办人员。"),
            P("（四）政府信息公开平台建设。本机关依托政府门户网站政府信息公开专栏发布政府信息，提供在线申请渠道，并保持当面、邮寄、传真等申请方式畅通。"),
            P("（五）监督保障。本机关将政府信息公开工作纳入年度考核，主动接受社会评议和监督，对办理超期等问题及时督促整改。"));
        var proactive = ImmutableArray.Create(P($"{y}年本机关主动公开政府信息情况见下表。"));
        var applications = ImmutableArray.Create(
            P($"{y}年本机关收到和处理政府信息公开申请情况见下表。"),
            P(Outcomes(f, results)));
        var appeals = ImmutableArray.Create(P(Appeals(f)));
        var late = f.LateReplies;
        var problems = ImmutableArray.Create(
            P(late == 0
                ? $"{y}年办结的申请均在法定期限内作出答复。"
                : $"{y}年办结的申请中，有{late}件超过法定答复期限作出答复，反映出部分申请的办理衔接不够顺畅。"),
            P("下一步，本机关将进一步加强申请办理的期限管理，提高答复质量，规范答复文书。"));
        var other = ImmutableArray.Create(
            P(f.FeesPaidYuan > 0
                ? $"{y}年本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知{f.FeeNotices}份，收取信息处理费{f.FeesPaidYuan.ToString("0.##", CultureInfo.InvariantCulture)}元。"
                : f.FeeNotices > 0
                    ? $"{y}年本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知{f.FeeNotices}份，未实际收取信息处理费。"
                    : $"{y}年本机关未收取信息处理费。"),
            P("无其他需要报告的事项。"));
        ImmutableArray<ImmutableArray<Sourced<string>>> bodies = [overview, proactive, applications, appeals, problems, other];
        var sections = ImmutableArray.CreateBuilder<ReportSection>(6);
        for (var i = 0; i < 6; i++)
        {
            var def = schema.Sections[i];
            sections.Add(new ReportSection(def.Id, P(def.FullHeading), Labels.LabelMatchKind.Exact, bodies[i], default));
        }

        return sections.MoveToImmutable();
    }

    private static string Applicants(AnnualFigures f)
    {
        string[] names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他组织"];
        var parts = new List<string>();
        for (var c = 0; c < AnnualFigures.Columns; c++)
        {
            parts.Add($"{names[c]}{f.New[c]}件");
        }

        return "其中" + string.Join("、", parts);
    }

    private static string Outcomes(AnnualFigures f, int results)
    {
        if (results == 0)
        {
            return $"{f.Year}年本机关没有办结的政府信息公开申请。";
        }

        int Group(int fromCode, int toCode)
        {
            var n = 0;
            var list = Domain.RegisterLabels.Outcomes;
            for (var o = 0; o < list.Count; o++)
            {
                var code = (int)list[o];
                if (code >= fromCode && code <= toCode)
                {
                    for (var c = 0; c < AnnualFigures.Columns; c++)
                    {
                        n += f.Results[o, c];
                    }
                }
            }

            return n;
        }

        return $"全年办结的{results}件申请中，予以公开{Group(1, 1)}件，部分公开{Group(2, 2)}件，不予公开{Group(31, 38)}件，无法提供{Group(41, 43)}件，不予处理{Group(51, 55)}件，其他处理{Group(61, 63)}件。";
    }

    private static string Appeals(AnnualFigures f)
    {
        var review = 0;
        var suits = 0;
        var pending = 0;
        var corrected = 0;
        for (var c = 0; c < 4; c++)
        {
            review += f.Appeals[0, c];
            suits += f.Appeals[1, c] + f.Appeals[2, c];
        }

        for (var k = 0; k < 3; k++)
        {
            pending += f.Appeals[k, 3];
            corrected += f.Appeals[k, 1];
        }

        if (review + suits == 0)
        {
            return $"{f.Year}年本机关未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。";
        }

        return $"{f.Year}年本机关因政府信息公开工作被申请行政复议{review}件，被提起行政诉讼{suits}件；其中结果被纠正{corrected}件，尚未审结{pending}件，具体情况见下表。";
    }

    private static Sourced<string> P(string text) => new(text, SourceRef.None);
}

using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// The blank report <c>gongkai new</c> writes: every cell 0, a preamble stating the legal basis and the 统计期限, and in
/// each section prompts marked "（请填写…）" that reading the file reports until they are replaced.
/// </summary>
internal static class AuthoringTemplate
{
    public static ReportModel Model(int year, string body, ReportEdition edition)
    {
        var schema = ReportSchema.For(edition);
        var cells = ReportTables.CreateBuilder(schema);
        foreach (var f in schema.Fields)
        {
            cells.Set(f, CellValue.Of(0));
        }

        foreach (var t in schema.Tables)
        {
            cells.SetLocation(t.Id, new SourceRef(default, 1, 1));
        }

        var y = year.ToString(CultureInfo.InvariantCulture);
        string[] preamble =
        [
            $"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《{schema.DocumentTitle}》（{schema.DocumentNumber}）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告中所列数据的统计期限为{y}年1月1日至{y}年12月31日。",
        ];
        var prose = new Dictionary<SectionId, string[]>
        {
            [SectionId.Overview] =
            [
                $"{y}年，{body}认真贯彻落实《条例》，{AuthoringMetadata.PromptMarker}：本年度政府信息公开工作的总体情况。）",
                $"（一）主动公开。{AuthoringMetadata.PromptMarker}：主动公开的渠道、数量和重点领域。）",
                $"（二）依申请公开。{AuthoringMetadata.PromptMarker}：收到和办理申请的情况，与表二一致。）",
                $"（三）政府信息管理。{AuthoringMetadata.PromptMarker}：公开前审查、目录编制、文件清理等。）",
                $"（四）政府信息公开平台建设。{AuthoringMetadata.PromptMarker}：网站、政务新媒体等平台的建设情况。）",
                $"（五）监督保障。{AuthoringMetadata.PromptMarker}：组织领导、培训、考核和社会评议等。）",
            ],
            [SectionId.Proactive] = [],
            [SectionId.Applications] = [],
            [SectionId.Appeals] = [],
            [SectionId.Problems] =
            [
                $"{AuthoringMetadata.PromptMarker}：本年度工作存在的主要问题。）",
                $"{AuthoringMetadata.PromptMarker}：改进措施及上一年度问题的改进情况。）",
            ],
            [SectionId.Other] =
            [
                $"{AuthoringMetadata.PromptMarker}：信息处理费的收取情况，例如“本年度未收取信息处理费。”）",
            ],
        };

        var sections = schema.Sections.Select(def => new ReportSection(
            def.Id,
            new Sourced<string>(def.FullHeading, SourceRef.None),
            LabelMatchKind.Exact,
            [.. prose[def.Id].Select(p => new Sourced<string>(p, SourceRef.None))],
            default));

        return new ReportModel(cells.ToTables())
        {
            Format = AuthoringFormat.Instance.Name,
            EditionSource = EditionSource.Declared,
            Metadata = new ReportMetadata
            {
                Body = new Sourced<string>(body, SourceRef.None),
                Year = new Sourced<int>(year, SourceRef.None),
                StatisticalPeriod = new Sourced<DateRange>(new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), SourceRef.None),
            },
            Preamble = [.. preamble.Select(p => new Sourced<string>(p, SourceRef.None))],
            Sections = [.. sections],
        };
    }
}

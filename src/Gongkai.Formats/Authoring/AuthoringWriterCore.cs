using System.Globalization;
using System.Text;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// Writes a model as an authoring file with a short Chinese comment on every block. When every cell is a number and
/// every total agrees with its parts, the file derives its totals and leaves them out; otherwise (a published report
/// with blanks, placeholders or a wrong total) it is marked <c>as-read</c> and keeps every value as it was read, so
/// rendering it again is faithful.
/// </summary>
internal static class AuthoringWriterCore
{
    private const int CommentColumn = 44;

    public static string Write(ReportModel model)
    {
        // derived only when nothing would change on reading: totals add up and the prose states the 统计期限 (a file
        // that derives adds a sentence stating it when the prose does not)
        var derived = AuthoringTotals.AgreeWithParts(model) && StatesPeriod(model);
        var sb = new StringBuilder(24 * 1024);
        Header(sb, model, derived);
        Prose(sb, model, derived);
        AuthoringWriterTables.Write(sb, model, derived);
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, ReportModel model, bool derived)
    {
        var md = model.Metadata;
        sb.Append("# 政府信息公开工作年度报告 · 编写文件（gongkai）\n");
        sb.Append("# 说明见 docs/authoring.md。生成报告：gongkai render 本文件 --to docx（或 html、pdf、md、txt）\n");
        sb.Append("# 数字直接填写；空白写 \"\"；占位符写 \"/\"。正文每行一段。\n");
        sb.Append(derived
            ? "# 表二“总计”列、“（七）总计”行和表三“总计”由程序计算，不必填写；如填写，须与计算结果一致。\n"
            : "# 本文件由已发布的报告转换而来（totals: as-read），各数值按原文件照录，包括合计、空白和占位符。\n");
        Line(sb, 0, AuthoringKeys.Version + ": " + AuthoringKeys.CurrentVersion.ToString(CultureInfo.InvariantCulture), "编写文件格式的版本，勿改");
        Line(sb, 0, AuthoringKeys.Edition + ": " + ((int)model.Edition).ToString(CultureInfo.InvariantCulture), "格式版本：2021 = 国办公开办函〔2021〕30号；2019 = 国办公开办函〔2019〕60号（试行）");
        var year = md.Year?.Value ?? md.StatisticalPeriod?.Value.End.Year;
        Line(sb, 0, AuthoringKeys.Year + ": " + (year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "~"), year is null ? "报告年度（未能从原文件读出，请填写）" : "报告年度");
        Line(sb, 0, AuthoringKeys.Body + ": " + YamlText.Quote(md.Body?.Value ?? string.Empty), "报告机关");
        var composed = Writing.ReportOutline.ComposeTitle(md.Body?.Value, year);
        var title = md.Title?.Value is { Length: > 0 } t && t != composed ? t : string.Empty;
        Line(sb, 0, AuthoringKeys.Title + ": " + YamlText.Quote(title), "标题；留空则为“报告机关 + 年度 + 政府信息公开工作年度报告”");
        Line(sb, 0, AuthoringKeys.Period + ": " + YamlText.Quote(PeriodField(model)), "统计期限，如 \"2025-01-01 至 2025-12-31\"；留空则取正文所写，正文未写则为报告年度全年");
        Line(sb, 0, AuthoringKeys.Totals + ": " + (derived ? AuthoringKeys.Derived : AuthoringKeys.AsRead), "derived：合计由程序计算；as-read：各数值按原文件照录");
    }

    private static bool StatesPeriod(ReportModel model) =>
        model.Preamble.Concat(model.Section(SectionId.Overview)?.Paragraphs ?? []).Any(x => Assembly.MetadataReader.TryPeriod(x.Value, out _, out _, out _));

    /// <summary>The 统计期限 only when the prose does not state it (the prose is where readers find it).</summary>
    private static string PeriodField(ReportModel model)
    {
        if (model.Metadata.StatisticalPeriod is not { } p)
        {
            return string.Empty;
        }

        var stated = model.Preamble.Concat(model.Section(SectionId.Overview)?.Paragraphs ?? [])
            .Any(x => Assembly.MetadataReader.TryPeriod(x.Value, out var r, out _, out _) && r == p.Value);
        return stated ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{p.Value.Start:yyyy-MM-dd} 至 {p.Value.End:yyyy-MM-dd}");
    }

    /// <summary>The preamble and the six sections, one paragraph per line, Chinese punctuation full-width again (see <see cref="Writing.ChineseTypography"/>).</summary>
    private static void Prose(StringBuilder sb, ReportModel model, bool derived)
    {
        sb.Append("\n# 导语：第一部分之前的段落（依据、统计期限、联系方式等），每行一段，可留空\n");
        Paragraphs(sb, 0, AuthoringKeys.Preamble, model.Preamble.Select(p => Writing.ChineseTypography.Widen(p.Value)).ToList());
        sb.Append("\n# 正文：六个部分，每行一段\n").Append(AuthoringKeys.Sections).Append(":\n");
        foreach (var def in model.Schema.Sections)
        {
            var section = model.Section(def.Id);
            if (section is null && !derived)
            {
                sb.Append("  # ").Append(def.FullHeading).Append("：原文件中没有这一部分\n");
                continue;
            }

            sb.Append("  # ").Append(def.FullHeading).Append(SectionHint(def.Id)).Append('\n');
            Paragraphs(sb, 2, AuthoringKeys.Section(def.Id), section?.Paragraphs.Select(p => Writing.ChineseTypography.Widen(p.Value)).ToList() ?? []);
        }
    }

    private static string SectionHint(SectionId id) => id switch
    {
        SectionId.Overview => "（应包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障）",
        SectionId.Proactive => "（统计表见下文 table1）",
        SectionId.Applications => "（统计表见下文 table2）",
        SectionId.Appeals => "（统计表见下文 table3）",
        SectionId.Other => "（通常说明信息处理费收取情况）",
        _ => string.Empty,
    };

    private static void Paragraphs(StringBuilder sb, int indent, string key, List<string> paragraphs)
    {
        var pad = new string(' ', indent);
        if (paragraphs.Count == 0)
        {
            sb.Append(pad).Append(key).Append(": \"\"\n");
        }
        else if (YamlText.FitsBlock(paragraphs))
        {
            sb.Append(pad).Append(key).Append(": |-\n");
            foreach (var p in paragraphs)
            {
                sb.Append(pad).Append("  ").Append(p).Append('\n');
            }
        }
        else
        {
            sb.Append(pad).Append(key).Append(":\n");
            foreach (var p in paragraphs)
            {
                sb.Append(pad).Append("  - ").Append(YamlText.Quote(p)).Append('\n');
            }
        }
    }

    /// <summary>A line "key: value" with a comment aligned after it.</summary>
    public static void Line(StringBuilder sb, int indent, string content, string comment)
    {
        var start = sb.Length;
        sb.Append(' ', indent).Append(content);
        var width = Width(sb, start);
        sb.Append(' ', Math.Max(2, CommentColumn - width)).Append("# ").Append(comment).Append('\n');
    }

    /// <summary>Display width of what was appended since <paramref name="start"/>: CJK characters take two columns.</summary>
    private static int Width(StringBuilder sb, int start)
    {
        var w = 0;
        for (var i = start; i < sb.Length; i++)
        {
            w += sb[i] >= '\u1100' ? 2 : 1;
        }

        return w;
    }
}

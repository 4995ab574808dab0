using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Reads the body, year, 统计期限 and publication date from the title and the first paragraphs.</summary>
/// <remarks>
/// Texts are matched in simplified characters (<see cref="TraditionalChinese.ToSimplifiedChars"/>, one for one, so
/// offsets hold): a traditional-character mirror's "統計期限為…" and "發布日期" read as the original's do.
/// </remarks>
internal static partial class MetadataReader
{
    /// <param name="bodyFromProse">Whether the body came from the preamble's prose rather than from a title.</param>
    public static ReportMetadata Read(SectionFinder.Result found, IEnumerable<Sourced<string>> earlyProse, string? sourceUrl, out bool bodyFromProse)
    {
        bodyFromProse = false;
        var md = new ReportMetadata { SourceUrl = sourceUrl };
        if (found.Title is { } title)
        {
            md = md with { Title = new Sourced<string>(title.Text, title.Where) };
            var simple = TraditionalChinese.ToSimplifiedChars(title.Text);
            var ym = TitleYear().Match(simple);
            if (ym.Success)
            {
                var g = ym.Groups["y"];
                md = md with { Year = new Sourced<int>(int.Parse(g.ValueSpan, CultureInfo.InvariantCulture), Offset(title.Where, g.Index, g.Length)) };
                var body = BodyFrom(simple, ym);
                if (body is { } b)
                {
                    md = md with { Body = new Sourced<string>(title.Text.Substring(b.Start, b.Text.Length), Offset(title.Where, b.Start, b.Text.Length)) };
                }
            }
        }

        foreach (var p in earlyProse)
        {
            var text = TraditionalChinese.ToSimplifiedChars(p.Value);
            if (md.StatisticalPeriod is null)
            {
                var m = Period().Match(text);
                if (m.Success && TryDate(m, "y1", "m1", "d1", out var from) && TryDate(m, "y2", "m2", "d2", out var to))
                {
                    md = md with { StatisticalPeriod = new Sourced<DateRange>(new DateRange(from, to), Offset(p.Where, m.Index, m.Length)) };
                }
            }

            if (md.PublicationDate is null)
            {
                var m = Published().Match(text);
                if (m.Success && TryDate(m, "y", "m", "d", out var date))
                {
                    md = md with { PublicationDate = new Sourced<DateOnly>(date, Offset(p.Where, m.Index, m.Length)) };
                }
            }

            if (md.Body is null && BodyFromProse(p, text) is { } compiler)
            {
                md = md with { Body = compiler };
                bodyFromProse = true;
            }
        }

        if (md.Year is null && md.StatisticalPeriod is { } period && period.Value.Start.Year == period.Value.End.Year)
        {
            md = md with { Year = new Sourced<int>(period.Value.Start.Year, period.Where) };
        }

        return md;
    }

    /// <summary>The 统计期限 a sentence states ("统计期限为2025年1月1日至2025年12月31日"), as the reader finds it.</summary>
    internal static bool TryPeriod(string text, out DateRange range, out int index, out int length)
    {
        range = default;
        index = length = 0;
        var m = Period().Match(text);
        if (!m.Success || !TryDate(m, "y1", "m1", "d1", out var from) || !TryDate(m, "y2", "m2", "d2", out var to))
        {
            return false;
        }

        range = new DateRange(from, to);
        (index, length) = (m.Index, m.Length);
        return true;
    }

    private static (string Text, int Start)? BodyFrom(string title, Match year)
    {
        // "某某局 2023 年政府信息公开工作年度报告": the body stands before the year…
        var before = title[..year.Index].TrimEnd();
        var start = 0;
        while (start < before.Length && (char.IsWhiteSpace(before[start]) || before[start] == '#'))
        {
            start++;
        }

        if (before.Length - start >= 2)
        {
            return (before[start..], start);
        }

        // …or after it: "2019年上海市人民政府办公厅政府信息公开工作年度报告"
        var after = year.Index + year.Length;
        var end = title.IndexOf("政府信息公开", after, StringComparison.Ordinal);
        if (end < 0)
        {
            end = title.IndexOf("信息公开", after, StringComparison.Ordinal);
        }

        if (end > after)
        {
            var text = title[after..end].Trim();
            if (text.Length >= 2)
            {
                return (text, title.IndexOf(text, after, StringComparison.Ordinal));
            }
        }

        return null;
    }

    /// <summary>
    /// Where the document has no title (a page's article body without its heading), the body named in the preamble's
    /// sentence on who compiled the report: "本报告由某某局编制", "汇总某某区各有关单位……情况编制而成". Only a name that
    /// ends as a body's name does ("局", "委员会", "人民政府", "实验区", …) is taken.
    /// </summary>
    private static Sourced<string>? BodyFromProse(Sourced<string> p, string simplified)
    {
        foreach (var m in CompiledBy().Matches(simplified).Cast<Match>())
        {
            var g = m.Groups["b"];
            var name = g.Value.Trim();

            // a place or a name before the kind of body: "办公室" alone or "本局" names nobody
            var suffix = BodySuffix().Match(name);
            if (name.Length <= 30 && suffix.Success && suffix.Index >= 2 && !name.StartsWith('本'))
            {
                var start = g.Index + (g.Value.Length - g.Value.TrimStart().Length);
                return new Sourced<string>(p.Value.Substring(start, name.Length), Offset(p.Where, start, name.Length));
            }
        }

        return null;
    }

    private static bool TryDate(Match m, string y, string mo, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(m.Groups[y].ValueSpan, CultureInfo.InvariantCulture, out var yy)
            || !int.TryParse(m.Groups[mo].ValueSpan, CultureInfo.InvariantCulture, out var mm)
            || !int.TryParse(m.Groups[d].ValueSpan, CultureInfo.InvariantCulture, out var dd))
        {
            return false;
        }

        if (yy is < 1990 or > 2100 || mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(yy, mm))
        {
            return false;
        }

        date = new DateOnly(yy, mm, dd);
        return true;
    }

    private static SourceRef Offset(SourceRef where, int index, int length)
    {
        if (where.IsNone)
        {
            return where;
        }

        return where with { Span = new TextSpan(where.Span.Start + index, length), Column = where.Column + index };
    }

    [GeneratedRegex(@"(?:本(?:年度)?报告(?:是)?由|汇总)(?<b>[^，。、；：,;:（）()“”《》〈〉\d]{3,30}?)(?=各有关单位|各部门|各单位|所属各|及所属|本级|根据|依据|按照|编制|汇总|编写|负责|组织)")]
    private static partial Regex CompiledBy();

    [GeneratedRegex(@"(?:人民政府|政府|办公厅|办公室|委员会|管委会|管理委员会|局|厅|委|办|院|署|中心|实验区|开发区|新区|区|县|市|州|盟|旗|镇|乡|街道|部|所|站|队|会)$")]
    private static partial Regex BodySuffix();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年(?:度)?")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"统计(?:期限|时限|期间|区间|时间)[^。]{0,20}?(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日[^。\d]{0,8}?至\s*(?<y2>\d{4})\s*年\s*(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日")]
    private static partial Regex Period();

    [GeneratedRegex(@"发布(?:日期|时间)\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})")]
    private static partial Regex Published();
}

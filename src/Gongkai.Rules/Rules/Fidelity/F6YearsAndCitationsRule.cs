using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// F6: the report is consistently about one year and cites the format correctly. The year in the title equals the
/// year of the 统计期限, which covers 1 January to 31 December; the format is cited as 国办公开办函〔2021〕30号 or
/// 国办公开办函〔2019〕60号 (not "国办发〔2021〕30号"); section 一 does not speak mostly of another year (a sign of last
/// year's text reused).
/// </summary>
/// <remarks>
/// The last check is conservative: another year must be named at least <see cref="OtherYearMinimum"/> times and more
/// often than the report's year.
/// </remarks>
public sealed partial class F6YearsAndCitationsRule : IReportRule
{
    public const string Id = "F6";
    public const string TitlePeriod = "F6.title_period";
    public const string PeriodSpan = "F6.period_span";
    public const string DocumentNumber = "F6.document_number";
    public const string ProseYear = "F6.prose_year";

    private const int OtherYearMinimum = 3;

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Fidelity,
        "年度与文号",
        "Years and citations",
        "标题年度应与统计期限年度一致，统计期限应为该年 1 月 1 日至 12 月 31 日；引用格式文件的文号应为国办公开办函〔2021〕30号或国办公开办函〔2019〕60号；“总体情况”不应主要叙述其他年度。",
        "The year in the title must equal the year of the statistical period, which runs from 1 January to 31 December; the format must be cited as 国办公开办函〔2021〕30号 or 国办公开办函〔2019〕60号; the overview must not speak mostly of another year.",
        [
            new(TitlePeriod, "标题年度为 {titleYear} 年，统计期限为 {periodYear} 年", "the title says {titleYear} but the statistical period is in {periodYear}"),
            new(PeriodSpan, "统计期限 {start} 至 {end} 不是完整的自然年", "the statistical period {start} to {end} is not a whole calendar year"),
            new(DocumentNumber, "正文引用“{cited}”，格式文件的文号应为{expected}", "the text cites “{cited}”; the format's number is {expected}"),
            new(ProseYear, "“一、总体情况”提到 {otherYear} 年 {otherCount} 次，多于报告年度 {year} 年（{count} 次）", "section 一 (overview) names {otherYear} {otherCount} times, more often than the report's year {year} ({count} times)"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = new RuleTally(Rule);
        var md = report.Metadata;
        var titleYear = ReportFacts.TitleYear(report) ?? md.Year?.Value;
        if (md.StatisticalPeriod is { } period)
        {
            var range = period.Value;
            if (titleYear is { } ty)
            {
                if (ty == range.Start.Year && ty == range.End.Year)
                {
                    tally.Pass();
                }
                else
                {
                    tally.Fail(tally.Finding(TitlePeriod, report, [], period.Where, Rule.Severity, Args.Number("titleYear", ty), Args.Number("periodYear", range.End.Year)));
                }
            }

            if (range.Start == new DateOnly(range.Start.Year, 1, 1) && range.End == new DateOnly(range.Start.Year, 12, 31))
            {
                tally.Pass();
            }
            else
            {
                tally.Fail(tally.Finding(PeriodSpan, report, [], period.Where, Rule.Severity, Args.Text("start", Date(range.Start)), Args.Text("end", Date(range.End))));
            }
        }

        Citations(report, tally);
        if (ReportFacts.Year(report) is { } year)
        {
            ProseYears(report, year, tally);
        }

        if (tally.Checked == 0 && titleYear is null)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.YearUnknown));
        }

        return tally.Checked == 0
            ? RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "无统计期限、无文号引用", "no statistical period and no citation of the format")))
            : tally.Build();
    }

    private static void Citations(ReportModel report, RuleTally tally)
    {
        foreach (var p in report.Prose)
        {
            if (!p.Value.Contains('号', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in CitationRegex().Matches(p.Value))
            {
                var prefix = m.Groups["prefix"].Value;
                var y = m.Groups["y"].Value;
                var n = m.Groups["n"].Value;
                var ours = prefix.EndsWith("国办公开办函", StringComparison.Ordinal);
                var known = (y, n) is ("2021", "30") or ("2019", "60");
                bool wrong;
                if (ours)
                {
                    wrong = (y, n) is ("2021", "60") or ("2019", "30");
                }
                else
                {
                    wrong = known && prefix.Contains("国办", StringComparison.Ordinal);
                }

                if (!ours && !known)
                {
                    continue;
                }

                if (!wrong)
                {
                    tally.Pass();
                    continue;
                }

                var expected = y == "2019" && n != "30" ? ReportSchema.Edition2019.DocumentNumber : ReportSchema.Edition2021.DocumentNumber;
                var cut = prefix.LastIndexOf("国办", StringComparison.Ordinal);
                var start = m.Groups["cite"].Index + Math.Max(cut, 0);
                tally.Fail(tally.Finding(
                    DocumentNumber,
                    report,
                    [],
                    Narrative.ProseText.At(p, start, m.Index + m.Length - start),
                    Rule.Severity,
                    Args.Text("cited", m.Value[(start - m.Index)..]),
                    Args.Text("expected", expected)));
            }
        }
    }

    private static void ProseYears(ReportModel report, int year, RuleTally tally)
    {
        Dictionary<int, int>? counts = null;
        ReportSection? overview = null;
        foreach (var s in report.Sections)
        {
            if (s.Id != SectionId.Overview)
            {
                continue;
            }

            overview ??= s;
            foreach (var p in s.Paragraphs)
            {
                foreach (Match m in ProseYearRegex().Matches(p.Value))
                {
                    counts ??= [];
                    var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
                    counts[y] = counts.GetValueOrDefault(y) + 1;
                }
            }
        }

        if (counts is null)
        {
            return;
        }

        var own = counts.GetValueOrDefault(year);
        var other = 0;
        var otherCount = 0;
        foreach (var (y, c) in counts)
        {
            if (y != year && c > otherCount)
            {
                other = y;
                otherCount = c;
            }
        }

        if (otherCount >= OtherYearMinimum && otherCount > own)
        {
            tally.Fail(tally.Finding(
                ProseYear,
                report,
                [],
                overview!.Heading.Where,
                Rule.Severity,
                Args.Number("otherYear", other),
                Args.Number("otherCount", otherCount),
                Args.Number("year", year),
                Args.Number("count", own)));
        }
        else
        {
            tally.Pass();
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<cite>(?<prefix>[\u4E00-\u9FFF]{2,8}?)\s*[〔\[(（【]\s*(?<y>\d{4})\s*[〕\])）】]\s*(?<n>\d{1,4})\s*号)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CitationRegex();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProseYearRegex();
}

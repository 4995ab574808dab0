using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using Gongkai.Text;

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

    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("〔[(（【");

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
        foreach (var p in report.Preamble)
        {
            Citations(report, p, tally);
        }

        foreach (var s in report.Sections)
        {
            foreach (var p in s.Paragraphs)
            {
                Citations(report, p, tally);
            }
        }
    }

    private static void Citations(ReportModel report, in Sourced<string> p, RuleTally tally)
    {
        var text = p.Value;
        if (text.AsSpan().IndexOfAny(Brackets) < 0 || !text.Contains('号', StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in CitationRegex().Matches(text))
        {
            var prefixStart = PrefixStart(text, m.Index);
            var prefix = text[prefixStart..m.Index].TrimEnd();
            var y = m.Groups["y"].ValueSpan;
            var n = m.Groups["n"].ValueSpan;
            var is2021 = y.SequenceEqual("2021");
            var is2019 = y.SequenceEqual("2019");
            var ours = prefix.EndsWith("国办公开办函", StringComparison.Ordinal);
            var known = (is2021 && n.SequenceEqual("30")) || (is2019 && n.SequenceEqual("60"));
            if (!ours && !known)
            {
                continue;
            }

            var wrong = ours
                ? (is2021 && n.SequenceEqual("60")) || (is2019 && n.SequenceEqual("30"))
                : prefix.Contains("国办", StringComparison.Ordinal);
            if (!wrong)
            {
                tally.Pass();
                continue;
            }

            var expected = is2019 && !n.SequenceEqual("30") ? ReportSchema.Edition2019.DocumentNumber : ReportSchema.Edition2021.DocumentNumber;
            var cut = prefix.LastIndexOf("国办", StringComparison.Ordinal);
            var start = prefixStart + Math.Max(cut, 0);
            var end = m.Index + m.Length;
            tally.Fail(tally.Finding(
                DocumentNumber,
                report,
                [],
                Narrative.ProseText.At(p, start, end - start),
                Rule.Severity,
                Args.Text("cited", text[start..end]),
                Args.Text("expected", expected)));
        }
    }

    /// <summary>The Chinese characters (at most eight) right before a citation's bracket: the issuer's code ("国办公开办函").</summary>
    private static int PrefixStart(string text, int bracket)
    {
        var i = bracket;
        while (i > 0 && bracket - i < 8 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        var end = i;
        while (i > 0 && end - i < 8 && Labels.LabelNormalizer.IsCjk(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static void ProseYears(ReportModel report, int year, RuleTally tally)
    {
        const int First = 1990;
        Span<int> counts = stackalloc int[120];
        ReportSection? overview = null;
        var any = false;
        foreach (var s in report.Sections)
        {
            if (s.Id != SectionId.Overview)
            {
                continue;
            }

            overview ??= s;
            foreach (var p in s.Paragraphs)
            {
                if (!p.Value.Contains('年', StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var m in ProseYearRegex().EnumerateMatches(p.Value))
                {
                    var y = int.Parse(p.Value.AsSpan(m.Index, 4), CultureInfo.InvariantCulture) - First;
                    if (y is >= 0 and < 120)
                    {
                        counts[y]++;
                        any = true;
                    }
                }
            }
        }

        if (!any)
        {
            return;
        }

        var own = year - First is >= 0 and < 120 ? counts[year - First] : 0;
        var other = 0;
        var otherCount = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (i + First != year && counts[i] > otherCount)
            {
                other = i + First;
                otherCount = counts[i];
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

    [GeneratedRegex(@"[〔\[(（【]\s*(?<y>\d{4})\s*[〕\])）】]\s*(?<n>\d{1,4})\s*号", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CitationRegex();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProseYearRegex();
}

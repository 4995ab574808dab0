using System.Globalization;
using System.Text;
using Gongkai.Calendar.Data;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar.Rendering;

/// <summary>
/// Plain-text views of the calendar for people, like <c>cal</c>: a month grid (weeks start on Monday, as in China)
/// with days off and make-up working days marked, followed by the month's holiday periods. Chinese by default,
/// English on request. Deterministic: fixed culture, no clock.
/// </summary>
public static class CalendarTextRenderer
{
    private static readonly string[] HeaderZh = ["一", "二", "三", "四", "五", "六", "日"];
    private static readonly string[] HeaderEn = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    /// <summary>The month grid of <paramref name="year"/>-<paramref name="month"/>, with a legend and the periods in it.</summary>
    /// <remarks>
    /// Marks: 休/H a day off in a holiday period (weekday or weekend inside the range), 班/W a make-up working day,
    /// ?/? a provisional day (late December while the next year's notice is missing). A month of a year whose notice is
    /// not in the data says so in a line of its own rather than marking every day.
    /// </remarks>
    public static string RenderMonth(WorkingDayCalendar calendar, int year, int month, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var en = language == Language.En;
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var sb = new StringBuilder();
        var title = en
            ? first.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");
        const int gridWidth = (7 * 5) - 1;
        TextLayout.AppendLine(sb, TextLayout.PadLeft(title, (gridWidth + TextLayout.Width(title)) / 2));
        TextLayout.AppendLine(sb, string.Join(" ", (en ? HeaderEn : HeaderZh).Select(h => TextLayout.PadRight(h, 4))));

        var line = new StringBuilder();
        var column = ((int)first.DayOfWeek + 6) % 7;
        line.Append(new string(' ', column * 5));
        var periods = new List<HolidayPeriod>();
        var provisional = false;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var day = calendar.GetDay(d);
            if (day.Period is { } p && !periods.Contains(p))
            {
                periods.Add(p);
            }

            provisional |= day.Certainty == DayCertainty.Provisional;
            var mark = day.Kind switch
            {
                DayKind.Holiday or DayKind.HolidayWeekend => en ? "H " : "休",
                DayKind.MakeUpWorkday => en ? "W " : "班",
                _ => day.Certainty == DayCertainty.Provisional ? "? " : "  ",
            };
            line.Append(d.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2)).Append(mark);
            if (++column == 7)
            {
                TextLayout.AppendLine(sb, line.ToString());
                line.Clear();
                column = 0;
            }
            else
            {
                line.Append(' ');
            }
        }

        if (line.Length > 0)
        {
            TextLayout.AppendLine(sb, line.ToString());
        }

        TextLayout.AppendLine(sb, en
            ? "H = day off (holiday or shifted rest day)  W = make-up working day (调休上班)" + (provisional ? "  ? = provisional" : string.Empty)
            : "休＝放假（节假日或调休）  班＝调休上班" + (provisional ? "  ?＝暂定" : string.Empty));
        if (!calendar.IsKnownYear(year))
        {
            TextLayout.AppendLine(sb, en
                ? $"The arrangement for {year} is not in the data: Monday–Friday are assumed to be working days."
                : $"{year}年放假安排未收录：按周一至周五推定工作日。");
        }

        if (provisional)
        {
            TextLayout.AppendLine(sb, en
                ? $"The {year + 1} notice is not in the data; it may still change late December."
                : $"{year + 1}年放假通知未收录，12月下旬仍可能调整。");
        }

        foreach (var p in periods)
        {
            TextLayout.AppendLine(sb, DescribePeriod(p, year, language));
        }

        TextLayout.AppendLine(sb, en ? $"Calendar data {calendar.VersionId}" : $"日历数据版本 {calendar.VersionId}");
        return sb.ToString();
    }

    /// <summary>The days whose status a new calendar version changes, one per line, for re-dating open cases.</summary>
    public static string RenderDiff(CalendarDiff diff, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var en = language == Language.En;
        var sb = new StringBuilder();
        TextLayout.AppendLine(sb, en
            ? $"Calendar {diff.OldVersionId} → {diff.NewVersionId}: {diff.Changes.Length} day(s) changed"
            : $"日历 {diff.OldVersionId} → {diff.NewVersionId}：{diff.Changes.Length} 天状态改变");
        if (!diff.YearsAdded.IsEmpty)
        {
            TextLayout.AppendLine(sb, (en ? "Years added: " : "新增年份：") + string.Join(", ", diff.YearsAdded));
        }

        if (!diff.YearsRemoved.IsEmpty)
        {
            TextLayout.AppendLine(sb, (en ? "Years removed: " : "删除年份：") + string.Join(", ", diff.YearsRemoved));
        }

        foreach (var c in diff.Changes)
        {
            TextLayout.AppendLine(sb, $"{DateText.Iso(c.Date)} {DateText.ShortWeekday(c.Date, language)}  {c.Old.Describe(language)} → {c.New.Describe(language)}");
        }

        return sb.ToString();
    }

    /// <summary>"春节：2月10日至2月17日放假，共8天；2月4日（星期日）、2月18日（星期日）上班。"</summary>
    public static string DescribePeriod(HolidayPeriod period, int year, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(period);
        var text = Arrangement(period.Arrangement, year, language);
        var en = language == Language.En;
        var head = en ? $"{period.NameEn} ({period.Name}): " : $"{period.Name}：";
        if (period.AmendedBy is not null)
        {
            var original = period.Original is null
                ? (en ? "added by it" : "该通知新增")
                : (en ? "originally " : "原安排：") + Arrangement(period.Original, year, language).TrimEnd('.', '。');
            text += en ? $" As amended by {period.AmendedBy}; {original}." : $"（经{period.AmendedBy}调整；{original}）";
        }

        return head + text;
    }

    private static string Arrangement(PeriodArrangement a, int year, Language language)
    {
        var en = language == Language.En;
        var range = a.From == a.To
            ? TextLayout.ShortDate(a.From, year, language)
            : en ? $"{DateText.Iso(a.From)} to {DateText.Iso(a.To)}" : $"{TextLayout.ShortDate(a.From, year, language)}至{TextLayout.ShortDate(a.To, year, language)}";
        var work = string.Join(en ? ", " : "、", a.Work.Select(w => en
            ? $"{DateText.Iso(w)} ({DateText.ShortWeekday(w, language)})"
            : $"{TextLayout.ShortDate(w, year, language)}（{DateText.Weekday(w, language)}）"));
        var days = a.LengthInDays;
        if (en)
        {
            return $"off {range} ({days} day{(days == 1 ? string.Empty : "s")}, inclusive)" + (a.Work.IsEmpty ? "; no make-up working day." : $"; working {work}.");
        }

        return $"{range}放假，共{days}天" + (a.Work.IsEmpty ? "，不调休。" : $"；{work}上班。");
    }
}

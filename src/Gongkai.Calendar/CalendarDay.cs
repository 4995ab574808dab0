using Gongkai.Calendar.Data;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar;

/// <summary>One day as the calendar sees it: working or not, why, and how certain.</summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkingDay">
/// Whether it counts as a working day. For an <see cref="DayCertainty.Unknown"/> day this is the Monday–Friday
/// assumption.
/// </param>
/// <param name="Kind">The reason.</param>
/// <param name="Certainty">Whether the data fixes it.</param>
/// <param name="Period">The holiday period the day belongs to (days off, weekends inside the range, make-up days); null otherwise.</param>
public readonly record struct CalendarDay(DateOnly Date, bool IsWorkingDay, DayKind Kind, DayCertainty Certainty, HolidayPeriod? Period)
{
    /// <summary>
    /// A short reason: "工作日", "周末", "劳动节放假", "调休上班（劳动节）", with "（推定）" / " (assumed)" for unknown days.
    /// </summary>
    public string Describe(Language language = Language.Zh)
    {
        var en = language == Language.En;
        var name = Period?.NameIn(language) ?? string.Empty;
        var text = Kind switch
        {
            DayKind.Workday => en ? "working day" : "工作日",
            DayKind.Weekend => en ? "weekend" : "周末",
            DayKind.Holiday => en ? $"{name} holiday" : $"{name}放假",
            DayKind.HolidayWeekend => en ? $"weekend in the {name} break" : $"周末（{name}假期内）",
            DayKind.MakeUpWorkday => en ? $"make-up working day for {name} (调休上班)" : $"调休上班（{name}）",
            _ => Kind.ToString(),
        };
        return Certainty switch
        {
            DayCertainty.Unknown => text + (en ? " (assumed: year not in the data)" : "（推定：该年安排未收录）"),
            DayCertainty.Provisional => text + (en ? " (provisional)" : "（暂定）"),
            _ => text,
        };
    }
}

using System.Globalization;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar;

/// <summary>Fixed-culture date text used in messages and renderings (output is deterministic).</summary>
internal static class DateText
{
    private static readonly string[] WeekdayZh = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
    private static readonly string[] WeekdayShortZh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
    private static readonly string[] WeekdayEn = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] WeekdayShortEn = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly d, Language language) =>
        (language == Language.En ? WeekdayEn : WeekdayZh)[(int)d.DayOfWeek];

    public static string ShortWeekday(DateOnly d, Language language) =>
        (language == Language.En ? WeekdayShortEn : WeekdayShortZh)[(int)d.DayOfWeek];

    /// <summary>A weekday argument carrying both languages.</summary>
    public static MessageArg WeekdayArg(DateOnly d) => new("weekday", Weekday(d, Language.Zh), Weekday(d, Language.En));

    public static MessageArg DateArg(string name, DateOnly d) => MessageArg.Of(name, Iso(d));

    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

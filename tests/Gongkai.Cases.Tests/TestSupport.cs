using Gongkai.Calendar;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;

namespace Gongkai.Cases.Tests;

/// <summary>A clock standing at noon, China time, of a given day.</summary>
public sealed class FixedClock(DateOnly day) : TimeProvider
{
    public DateOnly Day { get; set; } = day;

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}

internal static class TestSupport
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static ApplicationWorkflow Workflow(WorkingDayCalendar? calendar = null, DateOnly? today = null) =>
        new(new ApplicationDeadlines(calendar ?? WorkingDayCalendar.Default, new FixedClock(today ?? D("2025-06-01"))));

    public static Register Register(IRegisterStore store, DateOnly today, WorkingDayCalendar? calendar = null)
    {
        var clock = new FixedClock(today);
        return new Register(store, new ApplicationDeadlines(calendar ?? WorkingDayCalendar.Default, clock), clock, "测试员");
    }

    public static string EmbeddedCalendarJson()
    {
        using var s = typeof(Calendar.Data.HolidayCalendarSource).Assembly.GetManifestResourceStream(Calendar.Data.HolidayCalendarSource.EmbeddedResourceName)!;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}

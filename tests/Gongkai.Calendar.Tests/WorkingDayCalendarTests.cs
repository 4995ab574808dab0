using Gongkai.Calendar.Data;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

public sealed class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2019-05-02", false, DayKind.Holiday, "劳动节")]
    [InlineData("2019-05-05", true, DayKind.MakeUpWorkday, "劳动节")]
    [InlineData("2019-05-04", false, DayKind.HolidayWeekend, "劳动节")]
    [InlineData("2020-01-31", false, DayKind.Holiday, "春节")]
    [InlineData("2020-02-01", false, DayKind.HolidayWeekend, "春节")] // make-up day cancelled by the extension
    [InlineData("2024-02-09", true, DayKind.Workday, null)] // 除夕 2024 was a working day
    [InlineData("2025-01-28", false, DayKind.Holiday, "春节")] // 除夕 2025 is a statutory holiday
    [InlineData("2025-09-03", true, DayKind.Workday, null)]
    [InlineData("2018-12-29", true, DayKind.MakeUpWorkday, "元旦")] // in the 2019 notice
    [InlineData("2022-12-31", false, DayKind.HolidayWeekend, "元旦")] // the 2023 notice's 元旦
    [InlineData("2023-10-07", true, DayKind.MakeUpWorkday, "中秋节、国庆节")]
    public void GetDay_GivesStatusReasonAndPeriod(string date, bool working, DayKind kind, string? period)
    {
        var day = Cal.GetDay(D(date));

        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(working, Cal.IsWorkingDay(D(date)));
        Assert.Equal(kind, day.Kind);
        Assert.Equal(period, day.Period?.Name);
        Assert.Equal(DayCertainty.Known, day.Certainty);
    }

    [Theory]
    [InlineData("2018-12-03", DayCertainty.Unknown)]
    [InlineData("2019-06-03", DayCertainty.Known)]
    [InlineData("2026-12-21", DayCertainty.Known)]
    [InlineData("2026-12-22", DayCertainty.Provisional)]
    [InlineData("2027-01-04", DayCertainty.Unknown)]
    [InlineData("1999-01-04", DayCertainty.Unknown)]
    public void GetDay_SaysHowCertainItIs(string date, DayCertainty certainty) =>
        Assert.Equal(certainty, Cal.GetDay(D(date)).Certainty);

    [Fact]
    public void Describe_NamesTheReason()
    {
        Assert.Equal("调休上班（劳动节）", Cal.GetDay(D("2019-05-05")).Describe());
        Assert.Equal("劳动节放假", Cal.GetDay(D("2019-05-02")).Describe());
        Assert.Equal("make-up working day for Labour Day (调休上班)", Cal.GetDay(D("2019-05-05")).Describe(Diagnostics.Language.En));
        Assert.Equal("工作日（推定：该年安排未收录）", Cal.GetDay(D("2027-01-04")).Describe());
    }

    [Fact]
    public void CountWorkingDays_WholeYears()
    {
        // 2019: 261 Mon–Fri, 17 weekdays off in 2019 (the 18 of the notice less 2018-12-31), 6 make-up days in 2019 → 250.
        // Count is over (2018-12-31, 2019-12-31], i.e. all of 2019.
        Assert.Equal(250, Cal.CountWorkingDays(D("2018-12-31"), D("2019-12-31")).Count);
        Assert.True(Cal.CountWorkingDays(D("2018-12-31"), D("2019-12-31")).IsCertain);
    }

    [Fact]
    public void CountWorkingDays_ExcludesFromIncludesTo()
    {
        Assert.Equal(0, Cal.CountWorkingDays(D("2024-03-01"), D("2024-03-01")).Count);
        Assert.Equal(1, Cal.CountWorkingDays(D("2024-03-01"), D("2024-03-04")).Count);
        Assert.Equal(-1, Cal.CountWorkingDays(D("2024-03-04"), D("2024-03-01")).Count);
    }

    [Fact]
    public void AddWorkingDays_DayOneIsTheNextWorkingDay()
    {
        Assert.Equal(D("2019-04-28"), Cal.AddWorkingDays(D("2019-04-26"), 1).Date); // Sunday make-up day
        Assert.Equal(D("2019-05-05"), Cal.AddWorkingDays(D("2019-04-30"), 1).Date);
        Assert.Equal(D("2019-05-05"), Cal.NextWorkingDay(D("2019-05-01")).Date);
        Assert.Equal(D("2019-05-05"), Cal.AddWorkingDays(D("2019-05-01"), 0).Date);
        Assert.Equal(D("2019-04-30"), Cal.AddWorkingDays(D("2019-04-30"), 0).Date);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(D("2019-04-30"), -1));
    }

    [Fact]
    public void AddWorkingDays_BeyondTheTable_UsesWeekdaysAndReportsYears()
    {
        var result = Cal.AddWorkingDays(D("2026-12-31"), 300);

        Assert.False(result.IsCertain);
        Assert.Equal([2027, 2028], result.Coverage.AssumedYears.ToArray());
        Assert.Equal(300, Cal.CountWorkingDays(D("2026-12-31"), result.Date).Count);
        Assert.Equal(D("2010-01-04"), Cal.AddWorkingDays(D("2010-01-01"), 1).Date);
    }

    [Fact]
    public void Coverage_InsideKnownYears_IsComplete() =>
        Assert.Same(CalendarCoverage.Complete, Cal.GetCoverage(D("2019-01-01"), D("2026-12-21")));

    [Fact]
    public void Create_AsOf_ReproducesTheKnowledgeOfThatDay()
    {
        var before = WorkingDayCalendar.Create(HolidayCalendarSource.Embedded, D("2020-01-26"));

        Assert.True(before.IsWorkingDay(D("2020-01-31")));
        Assert.Equal(DayKind.MakeUpWorkday, before.GetDay(D("2020-02-01")).Kind);
        Assert.False(before.IsKnownYear(2021));
        Assert.Equal(DayCertainty.Unknown, before.GetDay(D("2021-03-01")).Certainty);
    }
}

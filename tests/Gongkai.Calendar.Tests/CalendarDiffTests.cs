using Gongkai.Calendar.Data;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

public sealed class CalendarDiffTests
{
    private static WorkingDayCalendar AsOf(string date) => WorkingDayCalendar.Create(HolidayCalendarSource.Embedded, D(date));

    [Fact]
    public void Between_2019Amendment_ListsTheFourChangedDays()
    {
        var diff = CalendarDiff.Between(AsOf("2019-03-21"), AsOf("2019-03-22"));

        Assert.Equal([D("2019-04-28"), D("2019-05-02"), D("2019-05-03"), D("2019-05-05")], diff.Changes.Select(c => c.Date));
        Assert.Equal([true, false, false, true], diff.Changes.Select(c => c.BecameWorkingDay));
        Assert.Equal("2026.1@2019-03-21", diff.OldVersionId);
        Assert.True(diff.Affects(D("2019-04-29"), D("2019-05-28")));
        Assert.False(diff.Affects(D("2019-05-06"), D("2019-06-03")));
    }

    [Fact]
    public void Between_2020Extension_ListsJanuary31AndFebruary1()
    {
        var diff = CalendarDiff.Between(AsOf("2020-01-26"), AsOf("2020-01-27"));

        Assert.Equal([D("2020-01-31"), D("2020-02-01")], diff.Changes.Select(c => c.Date));
        Assert.All(diff.Changes, c => Assert.False(c.New.IsWorkingDay));
        Assert.Equal(DayKind.MakeUpWorkday, diff.Changes[1].Old.Kind);
    }

    [Fact]
    public void Between_NewYearsNotice_AddsTheYear()
    {
        var diff = CalendarDiff.Between(AsOf("2019-11-20"), AsOf("2019-11-21"));

        Assert.Equal([2020], diff.YearsAdded.ToArray());
        Assert.Contains(diff.Changes, c => c.Date == D("2020-01-24"));
    }

    [Fact]
    public void Between_SameData_IsEmpty() =>
        Assert.True(CalendarDiff.Between(WorkingDayCalendar.Default, WorkingDayCalendar.Create(HolidayCalendarSource.Embedded)).IsEmpty);

    [Fact]
    public void Redating_AnOpenCase_RecordsOldAndNewDates()
    {
        // A case received 2019-04-29 and dated with the calendar as known on 2019-03-21 (reply 05-28).
        var request = Deadlines.DisclosureRequest.ReceivedOn(D("2019-04-29"));
        var old = Calculator(AsOf("2019-03-21")).Compute(request);
        var diff = CalendarDiff.Between(AsOf("2019-03-21"), AsOf("2019-03-22"));

        Assert.True(diff.Affects(old.ReceivedOn, old.FinalDeadline!.Value));
        var redated = Calculator(AsOf("2019-03-22")).Compute(request);
        Assert.Equal((D("2019-05-28"), "2026.1@2019-03-21"), (old.FinalDeadline!.Value, old.CalendarVersionId));
        Assert.Equal((D("2019-05-29"), "2026.1@2019-03-22"), (redated.FinalDeadline!.Value, redated.CalendarVersionId));
    }
}

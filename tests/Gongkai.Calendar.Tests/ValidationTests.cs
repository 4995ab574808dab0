using System.Collections.Immutable;
using Gongkai.Calendar.Data;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

/// <summary>Validation catches broken data. Year 2030 test data is made up (2030-01-01 is a Tuesday).</summary>
public sealed class ValidationTests
{
    private static readonly StateCouncilNotice Notice = new("测试〔2029〕1号", "测试通知", D("2029-11-01"), D("2029-11-01"), null);

    private static HolidayPeriod P(string from, string to, string[] off, string[] work, string name = "元旦") =>
        new(name, "New Year's Day", new PeriodArrangement(D(from), D(to), [.. off.Select(D)], [.. work.Select(D)]));

    private static HolidayDataSet Data(params HolidayYear[] years)
    {
        var draft = new HolidayDataSet(HolidayDataSet.CurrentFormat, "test.1", string.Empty, "CN", string.Empty, [.. years]);
        return new HolidayDataSet(draft.Format, draft.Version, draft.ComputeContentHash(), draft.Jurisdiction, draft.Description, draft.Years);
    }

    private static HolidayYear Year(params HolidayPeriod[] periods) => new(2030, Notice, [], [.. periods], []);

    private static ImmutableArray<string> Ids(HolidayDataSet data) =>
        [.. HolidayCalendarSource.FromDataSet(data).Validate().Select(d => d.Id).Distinct()];

    [Fact]
    public void Validate_SoundData_IsEmpty() =>
        Assert.Empty(Ids(Data(Year(P("2030-01-01", "2030-01-01", ["2030-01-01"], [])))));

    [Fact]
    public void Validate_WeekendListedAsOff_IsCaught() =>
        Assert.Contains(CalendarMessages.OffNotWeekday, Ids(Data(Year(P("2030-01-04", "2030-01-06", ["2030-01-04", "2030-01-05"], [])))));

    [Fact]
    public void Validate_WeekdayListedAsWork_IsCaught() =>
        Assert.Contains(CalendarMessages.WorkNotWeekend, Ids(Data(Year(P("2030-01-01", "2030-01-01", ["2030-01-01"], ["2030-01-07"])))));

    [Fact]
    public void Validate_DateBothOffAndWork_IsCaught()
    {
        Assert.Contains(CalendarMessages.OffAndWork, Ids(Data(Year(P("2030-01-01", "2030-01-01", ["2030-01-01"], ["2030-01-01"])))));
        Assert.Contains(CalendarMessages.OffAndWork, Ids(Data(Year(
            P("2030-01-01", "2030-01-01", ["2030-01-01"], []),
            P("2030-02-04", "2030-02-06", ["2030-02-04", "2030-02-05", "2030-02-06"], ["2030-01-01"], "春节")))));
    }

    [Fact]
    public void Validate_RangeAndListDisagree_IsCaught() =>
        Assert.Contains(CalendarMessages.OffMissingInRange, Ids(Data(Year(P("2030-01-01", "2030-01-03", ["2030-01-01"], [])))));

    [Fact]
    public void Validate_OffOutsideRange_IsCaught() =>
        Assert.Contains(CalendarMessages.OffOutsideRange, Ids(Data(Year(P("2030-01-01", "2030-01-01", ["2030-01-01", "2030-01-02"], [])))));

    [Fact]
    public void Validate_MakeUpDayInsideTheRange_IsCaught() =>
        Assert.Contains(CalendarMessages.WorkInsideRange, Ids(Data(Year(P("2030-01-01", "2030-01-06", ["2030-01-01", "2030-01-02", "2030-01-03", "2030-01-04"], ["2030-01-05"])))));

    [Fact]
    public void Validate_DateFarOutsideItsYear_IsCaught() =>
        Assert.Contains(CalendarMessages.OutsideYear, Ids(Data(Year(P("2031-03-03", "2031-03-03", ["2031-03-03"], [])))));

    [Fact]
    public void Validate_DateInTwoPeriods_IsCaught() =>
        Assert.Contains(CalendarMessages.ListedTwice, Ids(Data(Year(
            P("2030-01-01", "2030-01-01", ["2030-01-01"], []),
            P("2030-01-01", "2030-01-01", ["2030-01-01"], [], "其他")))));

    [Fact]
    public void Validate_DuplicateYear_IsCaught()
    {
        var y = Year(P("2030-01-01", "2030-01-01", ["2030-01-01"], []));
        Assert.Contains(CalendarMessages.DuplicateYear, Ids(Data(y, y)));
    }

    [Fact]
    public void Validate_AmendmentNotRecorded_IsCaught() =>
        Assert.Contains(CalendarMessages.UnknownAmendment, Ids(Data(Year(P("2030-01-01", "2030-01-01", ["2030-01-01"], []) with { AmendedBy = "测试〔2030〕9号" }))));

    [Fact]
    public void Validate_StaleHash_IsCaughtWithTheComputedValue()
    {
        var good = Data(Year(P("2030-01-01", "2030-01-01", ["2030-01-01"], [])));
        var stale = new HolidayDataSet(good.Format, good.Version, "sha256:0000", good.Jurisdiction, good.Description, good.Years);
        var issue = Assert.Single(HolidayCalendarSource.FromDataSet(stale).Validate());

        Assert.Equal(CalendarMessages.DataHash, issue.Id);
        Assert.Equal(good.DeclaredContentHash, issue.Arg("computed"));
    }

    [Fact]
    public void Create_InvalidData_Throws()
    {
        var bad = Data(Year(P("2030-01-04", "2030-01-06", ["2030-01-04", "2030-01-05"], [])));
        var e = Assert.Throws<InvalidHolidayDataException>(() => WorkingDayCalendar.Create(HolidayCalendarSource.FromDataSet(bad)));

        Assert.Contains(e.Issues, d => d.Id == CalendarMessages.OffNotWeekday);
    }

    [Fact]
    public void AddedByAmendment_IsLeftOutBeforeTheAmendment()
    {
        // A one-off holiday created by an amending notice (like 2015-09-03): absent as of the day before it.
        var amendment = new StateCouncilNotice("测试〔2030〕2号", "测试调整通知", D("2030-05-13"), D("2030-05-13"), null);
        var year = new HolidayYear(2030, Notice, [amendment], [
            P("2030-01-01", "2030-01-01", ["2030-01-01"], []),
            P("2030-09-03", "2030-09-03", ["2030-09-03"], [], "纪念日") with { AmendedBy = amendment.Number },
        ], []);
        var source = HolidayCalendarSource.FromDataSet(Data(year));

        Assert.Empty(source.Validate());
        Assert.False(WorkingDayCalendar.Create(source).IsWorkingDay(D("2030-09-03")));
        Assert.True(WorkingDayCalendar.Create(source, D("2030-05-12")).IsWorkingDay(D("2030-09-03")));
    }
}

using Gongkai.Calendar.Deadlines;

namespace Gongkai.Calendar.Tests;

public sealed partial class HolidayPeriodDeadlineTests
{
    [Theory]
    [MemberData(nameof(Cases2019To2022))]
    [MemberData(nameof(Cases2023To2026))]
    public void Compute_AroundEveryHolidayPeriod_MatchesHandCount(string name, string received, string reply, string correction)
    {
        var deadline = T.Compute(DisclosureRequest.ReceivedOn(T.D(received)));

        Assert.True(deadline.ReplyDeadline == T.D(reply), $"{name}: reply {deadline.ReplyDeadline} != {reply}");
        Assert.True(deadline.CorrectionDeadline == T.D(correction), $"{name}: 补正 {deadline.CorrectionDeadline} != {correction}");
        Assert.Equal(T.D(reply), deadline.FinalDeadline);
        Assert.True(deadline.Coverage.IsComplete, $"{name}: {deadline.Coverage}");
        Assert.DoesNotContain(deadline.Warnings, w => w.Id is CalendarMessages.UnknownYears or CalendarMessages.ProvisionalDecember);
        Assert.Equal(WorkingDayCalendar.Default.VersionId, deadline.CalendarVersionId);
    }

    [Theory]
    [MemberData(nameof(Cases2019To2022))]
    [MemberData(nameof(Cases2023To2026))]
    public void Explain_AroundEveryHolidayPeriod_CountsTwentyDaysEndingOnTheDeadline(string name, string received, string reply, string correction)
    {
        _ = correction;
        var explanation = T.Compute(DisclosureRequest.ReceivedOn(T.D(received))).Explain();
        var counted = explanation.CountedDays.ToList();

        Assert.Equal(20, counted.Count);
        Assert.Equal(Enumerable.Range(1, 20), counted.Select(d => d.ClockDay!.Value));
        Assert.True(counted[^1].Date == T.D(reply), name);
        Assert.All(counted, d => Assert.True(d.Day.IsWorkingDay));
        Assert.All(explanation.SkippedDays, d => Assert.False(d.Day.IsWorkingDay));
        Assert.Equal(T.D(received), explanation.Days[0].Date);
        Assert.Equal(ExplanationRole.Receipt, explanation.Days[0].Role);
    }
}

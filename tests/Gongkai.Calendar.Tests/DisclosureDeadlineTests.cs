using Gongkai.Calendar.Data;
using Gongkai.Calendar.Deadlines;
using static Gongkai.Calendar.Tests.T;

namespace Gongkai.Calendar.Tests;

/// <summary>
/// The reading of the 条例 on hand-counted cases. Each comment lists the count; "n" = the n-th working day after
/// the day of receipt (or of the corrected application).
/// </summary>
public sealed class DisclosureDeadlineTests
{
    private static readonly HolidayCalendarSource Source = HolidayCalendarSource.Embedded;

    [Fact]
    public void Compute_2019LabourDayAmendment_OriginalArrangementGivesAnEarlierDate()
    {
        // Received Mon 2019-04-29. Final (国办发明电〔2019〕3号): 04-30=1, 05-01..04 off, Sun 05-05 make-up=2,
        // 05-06..10=3..7, 13..17=8..12, 20..24=13..17, 27..29=18..20 → 05-29; 补正 7th = 05-10.
        // Original notice (5月1日 only): 04-30=1, 05-02=2, 05-03=3, 05-06..10=4..8, 13..17=9..13, 20..24=14..18,
        // 27=19, 28=20 → 05-28; 补正 7th = 05-09.
        var request = DisclosureRequest.ReceivedOn(D("2019-04-29"));
        var final = Compute(request);
        var original = Calculator(WorkingDayCalendar.Create(Source, D("2019-03-21"))).Compute(request);

        Assert.Equal(D("2019-05-29"), final.ReplyDeadline);
        Assert.Equal(D("2019-05-10"), final.CorrectionDeadline);
        Assert.Equal(D("2019-05-28"), original.ReplyDeadline);
        Assert.Equal(D("2019-05-09"), original.CorrectionDeadline);
        Assert.Equal("2026.1@2019-03-21", original.CalendarVersionId);
        Assert.Equal("2026.1", final.CalendarVersionId);
    }

    [Fact]
    public void Compute_2020SpringFestivalExtension_FinalAndOriginalDiffer()
    {
        // Received Thu 2020-01-23. Final (国办发明电〔2020〕1号): off to Sun 02-02, 02-03..07=1..5, 10..14=6..10,
        // 17..21=11..15, 24..28=16..20 → 02-28; 补正 02-11.
        // Original: 01-24..30 off, Fri 01-31=1, Sat 02-01 make-up=2, 02-03..07=3..7, 10..14=8..12, 17..21=13..17,
        // 24..26=18..20 → 02-26; 补正 02-07.
        var request = DisclosureRequest.ReceivedOn(D("2020-01-23"), ReceiptChannel.Online);
        var final = Compute(request);
        var signedNotPublished = Calculator(WorkingDayCalendar.Create(Source, D("2020-01-26"))).Compute(request);
        var published = Calculator(WorkingDayCalendar.Create(Source, D("2020-01-27"))).Compute(request);

        Assert.Equal(D("2020-02-28"), final.ReplyDeadline);
        Assert.Equal(D("2020-02-11"), final.CorrectionDeadline);
        Assert.Equal(D("2020-02-26"), signedNotPublished.ReplyDeadline);
        Assert.Equal(D("2020-02-07"), signedNotPublished.CorrectionDeadline);
        Assert.Equal(D("2020-02-28"), published.ReplyDeadline);
    }

    [Fact]
    public void Compute_CorrectionRestartsTheClockFromTheCorrectedApplication()
    {
        // Received Mon 2023-09-25; 补正 7th: 09-26=1, 27=2, 28=3, 09-29..10-06 off, Sat 10-07=4, Sun 10-08=5,
        // 10-09=6, 10-10=7. Asked 09-27, corrected application received Thu 10-12: 10-13=1, 16..20=2..6,
        // 23..27=7..11, 10-30..11-03=12..16, 11-06..09=17..20 → 11-09.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2023-09-25")) with
        {
            Correction = new CorrectionRequest(D("2023-09-27"), D("2023-10-12")),
        });

        Assert.Equal(D("2023-10-10"), deadline.CorrectionDeadline);
        Assert.Equal(D("2023-10-12"), deadline.ClockStart);
        Assert.Equal(D("2023-11-09"), deadline.ReplyDeadline);
        Assert.Empty(deadline.Warnings);
        var days = deadline.Explain().Days;
        Assert.Equal(ExplanationRole.BeforeRestart, days.Single(d => d.Date == D("2023-09-26")).Role);
        Assert.Equal(1, days.Single(d => d.Date == D("2023-09-26")).CorrectionDay);
        Assert.Equal(ExplanationRole.AwaitingCorrection, days.Single(d => d.Date == D("2023-10-09")).Role);
        Assert.Equal(ExplanationRole.Restart, days.Single(d => d.Date == D("2023-10-12")).Role);
        Assert.Equal(1, days.Single(d => d.Date == D("2023-10-13")).ClockDay);
    }

    [Fact]
    public void Compute_CorrectionAskedLate_Warns()
    {
        // 补正 due 2023-10-10 (above); asked 10-11. Corrected Mon 10-16: 10-17..20=1..4, 23..27=5..9,
        // 10-30..11-03=10..14, 11-06..10=15..19, 11-13=20.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2023-09-25")) with
        {
            Correction = new CorrectionRequest(D("2023-10-11"), D("2023-10-16")),
        });

        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.CorrectionLate && w.Arg("due") == "2023-10-10");
        Assert.Equal(D("2023-11-13"), deadline.ReplyDeadline);
    }

    [Fact]
    public void Compute_AwaitingCorrection_HasNoReplyDeadline()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2023-09-25")) with { Correction = new CorrectionRequest(D("2023-09-27"), null) });

        Assert.Equal(DeadlinePending.AwaitingCorrection, deadline.Pending);
        Assert.Null(deadline.ReplyDeadline);
        Assert.Null(deadline.FinalDeadline);
        Assert.Equal(D("2023-10-10"), deadline.CorrectionDeadline);
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.AwaitingCorrection);
    }

    [Fact]
    public void Compute_ConsultationTimeIsLeftOut()
    {
        // Received Fri 2024-03-01. Without consultation: 20th = Fri 03-29. Third party consulted Tue 03-05, answer
        // Thu 03-14: 03-04=1, 03-05=2 (the sending day counts), 03-06..14 left out (7 working days), 03-15=3,
        // 18..22=4..8, 25..29=9..13, 04-01..03=14..16, 04-04..06 清明 off, Sun 04-07 make-up=17, 04-08..10=18..20.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Consultations = [new Consultation(ConsultationKind.ThirdParty, D("2024-03-05"), D("2024-03-14")) { Party = "某公司" }],
        });

        Assert.Equal(D("2024-04-10"), deadline.ReplyDeadline);
        Assert.Equal(7, deadline.ExcludedWorkingDays);
        var days = deadline.Explain().Days;
        Assert.Equal(2, days.Single(d => d.Date == D("2024-03-05")).ClockDay);
        Assert.Equal(ExplanationRole.Consultation, days.Single(d => d.Date == D("2024-03-14")).Role);
        Assert.Equal(3, days.Single(d => d.Date == D("2024-03-15")).ClockDay);
        Assert.True(days.Single(d => d.Date == D("2024-04-07")).IsCountedMakeUpDay);
    }

    [Fact]
    public void Compute_OverlappingConsultations_ExcludeEachDayOnce()
    {
        // As above plus another agency 03-12..03-19: merged (03-05, 03-19] = 10 working days. 03-04=1, 03-05=2,
        // 03-20..22=3..5, 25..29=6..10, 04-01..03=11..13, Sun 04-07=14, 04-08..12=15..19, Mon 04-15=20.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Consultations =
            [
                new Consultation(ConsultationKind.ThirdParty, D("2024-03-05"), D("2024-03-14")),
                new Consultation(ConsultationKind.OtherAgency, D("2024-03-12"), D("2024-03-19")),
            ],
        });

        Assert.Equal(D("2024-04-15"), deadline.ReplyDeadline);
        Assert.Equal(10, deadline.ExcludedWorkingDays);
    }

    [Fact]
    public void Compute_OpenConsultation_PausesTheClock()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Consultations = [new Consultation(ConsultationKind.OtherAgency, D("2024-03-05"), null)],
        });

        Assert.Equal(DeadlinePending.ConsultationOpen, deadline.Pending);
        Assert.Null(deadline.ReplyDeadline);
        Assert.Equal(2, deadline.CountedBeforePause);
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ConsultationOpen);
    }

    [Theory]
    [InlineData("2024-03-29")]
    [InlineData("2024-04-01")]
    public void Compute_ConsultationSentOnOrAfterTheDeadline_IsNotExcluded(string sent)
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Consultations = [new Consultation(ConsultationKind.ThirdParty, D(sent), D("2024-04-03"))],
        });

        Assert.Equal(D("2024-03-29"), deadline.ReplyDeadline);
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ConsultationAfterDeadline);
    }

    [Fact]
    public void Compute_Extension_EndsOnAMakeUpSunday()
    {
        // Reply 03-29 = 20. Then 04-01..03=21..23, 04-04..06 off, Sun 04-07 make-up=24, 04-08..12=25..29,
        // 15..19=30..34, 22..26=35..39, Sat 04-27 rest, Sun 04-28 (劳动节 make-up day) = 40.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Extension = new DeadlineExtension(D("2024-03-20"), 20, "李四"),
        });

        Assert.Equal(D("2024-03-29"), deadline.ReplyDeadline);
        Assert.Equal(D("2024-04-28"), deadline.ExtendedDeadline);
        Assert.Equal(D("2024-04-28"), deadline.FinalDeadline);
        Assert.Equal(DayKind.MakeUpWorkday, Cal.GetDay(D("2024-04-28")).Kind);
        Assert.Empty(deadline.Warnings);
    }

    [Fact]
    public void Compute_ExtensionOverTwenty_IsCappedWithAWarning()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Extension = new DeadlineExtension(D("2024-03-20"), 25, "李四"),
        });

        Assert.Equal(20, deadline.ExtensionWorkingDays);
        Assert.Equal(D("2024-04-28"), deadline.ExtendedDeadline);
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ExtensionTooLong && w.Arg("requested") == "25");
    }

    [Fact]
    public void Compute_ExtensionApprovedLateWithoutApprover_Warns()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Extension = new DeadlineExtension(D("2024-04-01"), 5, " "),
        });

        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ExtensionLate);
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ExtensionNoApprover);
    }

    [Fact]
    public void Compute_ExtensionAndConsultation_BothApply()
    {
        // Reply 04-10 (consultation case above); 5 more: 04-11=21, 04-12=22, 04-15..17=23..25.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")) with
        {
            Consultations = [new Consultation(ConsultationKind.ThirdParty, D("2024-03-05"), D("2024-03-14"))],
            Extension = new DeadlineExtension(D("2024-04-08"), 5, "李四"),
        });

        Assert.Equal(D("2024-04-10"), deadline.ReplyDeadline);
        Assert.Equal(D("2024-04-17"), deadline.ExtendedDeadline);
    }

    [Fact]
    public void Compute_ReceivedOnAHoliday_DayOneIsTheNextWorkingDay()
    {
        // Sat 2024-02-10 (春节): 02-12..17 off, Sun 02-18 make-up = 1, 02-19..23=2..6, 26..03-01=7..11,
        // 03-04..08=12..16, 03-11..14=17..20 → 03-14; 补正: 02-18=1, 02-19..23=2..6, 02-26=7.
        var deadline = Compute(new DisclosureRequest(new ApplicationReceipt(ReceiptChannel.RegisteredPost, D("2024-02-10"))));

        Assert.Equal(D("2024-03-14"), deadline.ReplyDeadline);
        Assert.Equal(D("2024-02-26"), deadline.CorrectionDeadline);
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ReceivedOnRestDay && w.Arg("first") == "2024-02-18");
    }

    [Fact]
    public void Compute_SignedForOnSaturday_SameDeadlineAsFriday()
    {
        // The reading adopted: no shifting of the day of receipt, day 1 is the next working day (Mon 03-04) either way.
        var friday = Compute(DisclosureRequest.ReceivedOn(D("2024-03-01")));
        var saturday = Compute(DisclosureRequest.ReceivedOn(D("2024-03-02"), ReceiptChannel.RegisteredPost));

        Assert.Equal(D("2024-03-29"), friday.ReplyDeadline);
        Assert.Equal(friday.ReplyDeadline, saturday.ReplyDeadline);
    }

    [Fact]
    public void Compute_IntoAnUnknownYear_AssumesWeekdaysAndSaysSo()
    {
        // Tue 2026-12-15: 12-16..18=1..3, 21..25=4..8, 28..31=9..12, 2027-01-01 (assumed working)=13,
        // 01-04..08=14..18, 01-11=19, 01-12=20.
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2026-12-15")));

        Assert.Equal(D("2027-01-12"), deadline.ReplyDeadline);
        Assert.Equal([2027], deadline.Coverage.AssumedYears.ToArray());
        Assert.Equal([2026], deadline.Coverage.ProvisionalYears.ToArray());
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.UnknownYears && w.Arg("years") == "2027");
        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.ProvisionalDecember);
    }

    [Fact]
    public void Compute_FarFuture_PlainWeekdays()
    {
        var deadline = Compute(DisclosureRequest.ReceivedOn(D("2030-03-01")));

        Assert.Equal(D("2030-03-29"), deadline.ReplyDeadline); // Fri + 4 weeks
        Assert.Equal([2030], deadline.Coverage.AssumedYears.ToArray());
    }

    [Fact]
    public void Compute_InPersonWithDifferentSubmissionDate_Warns()
    {
        var deadline = Compute(new DisclosureRequest(new ApplicationReceipt(ReceiptChannel.InPerson, D("2024-03-01")) { SubmittedOn = D("2024-02-29") }));

        Assert.Contains(deadline.Warnings, w => w.Id == CalendarMessages.InPersonDateMismatch);
    }

    [Fact]
    public void Compute_ImpossibleChronology_Throws()
    {
        var calculator = Calculator();
        var received = DisclosureRequest.ReceivedOn(D("2024-03-01"));

        Assert.Throws<ArgumentException>(() => calculator.Compute(received with { Correction = new CorrectionRequest(D("2024-02-28"), null) }));
        Assert.Throws<ArgumentException>(() => calculator.Compute(received with { Correction = new CorrectionRequest(D("2024-03-05"), D("2024-03-04")) }));
        Assert.Throws<ArgumentException>(() => calculator.Compute(received with { Consultations = [new Consultation(ConsultationKind.ThirdParty, D("2024-03-05"), D("2024-03-04"))] }));
        Assert.Throws<ArgumentException>(() => calculator.Compute(received with { Extension = new DeadlineExtension(D("2024-03-05"), 0, "x") }));
        Assert.Throws<ArgumentException>(() => calculator.Compute(new DisclosureRequest(new ApplicationReceipt(ReceiptChannel.RegisteredPost, D("2024-03-01")) { SubmittedOn = D("2024-03-02") })));
    }

    [Theory]
    [InlineData("2024-03-28T20:00:00Z", "2024-03-29", 0, null)] // 04:00 in Beijing on the deadline day
    [InlineData("2024-03-25T01:00:00Z", "2024-03-25", 4, null)] // 03-26..29 left
    [InlineData("2024-04-02T02:00:00Z", "2024-04-02", null, 2)] // 04-01, 04-02 overdue
    public void GetStatus_UsesTheInjectedClockInChinaTime(string utcNow, string today, int? left, int? overdue)
    {
        var calculator = Calculator(todayUtc: utcNow);
        var status = calculator.GetStatus(calculator.Compute(DisclosureRequest.ReceivedOn(D("2024-03-01"))));

        Assert.Equal(D(today), status.Today);
        Assert.Equal(left, status.WorkingDaysLeft);
        Assert.Equal(overdue, status.WorkingDaysOverdue);
    }
}

using Gongkai.Calendar;
using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;
using static Gongkai.Cases.Tests.TestSupport;

namespace Gongkai.Cases.Tests;

/// <summary>The state machine: every allowed transition works, every illegal one is refused with a clear message.</summary>
public sealed class WorkflowTests
{
    private readonly ApplicationWorkflow _w = Workflow();

    private Application New(string day = "2025-03-03") => _w.Receive("2025-00001", "钱某", ApplicantType.LegalService, ReceiptChannel.RegisteredPost, D(day), "某文件");

    [Fact]
    public void Receive_DeadlineIs20WorkingDays_WithCalendarVersion()
    {
        var app = New("2025-09-26");
        Assert.Equal(D("2025-10-30"), app.DueOn); // 国庆中秋 2025-10-01..08 skipped; make-up days 9-28 and 10-11 counted
        Assert.Equal(WorkingDayCalendar.Default.VersionId, app.CalendarVersion);
    }

    [Fact]
    public void Correction_RestartsClock_LapseGivesOther1()
    {
        var app = _w.RequestCorrection(New(), D("2025-03-05"));
        Assert.Equal(ApplicationState.AwaitingCorrection, app.State);
        Assert.Null(app.DueOn);
        var corrected = _w.ReceiveCorrection(app, D("2025-03-20"));
        Assert.Equal(WorkingDayCalendar.Default.AddWorkingDays(D("2025-03-20"), 20).Date, corrected.DueOn);
        Assert.Equal(Outcome.OtherNoCorrection, _w.LapseCorrection(app, D("2025-04-20")).Outcome);
    }

    [Fact]
    public void Consultation_PausesClock()
    {
        var app = _w.StartConsultation(New(), ConsultationKind.ThirdParty, "某公司", D("2025-03-05"));
        Assert.Null(app.DueOn);
        app = _w.AnswerConsultation(app, D("2025-03-12"));
        Assert.Equal(WorkingDayCalendar.Default.AddWorkingDays(New().DueOn!.Value, 5).Date, app.DueOn);
    }

    [Fact]
    public void Extension_AddsUpTo20_Once_WithApprover()
    {
        var app = _w.Extend(New(), D("2025-03-25"), 20, "主任 孙某");
        Assert.Equal(WorkingDayCalendar.Default.AddWorkingDays(New().DueOn!.Value, 20).Date, app.DueOn);
        Assert.Equal("REG030", Assert.Throws<RegisterException>(() => _w.Extend(app, D("2025-03-26"), 5, "主任")).Code);
        Assert.Equal("REG031", Assert.Throws<RegisterException>(() => _w.Extend(New(), D("2025-03-25"), 21, "主任")).Code);
        Assert.Equal("REG032", Assert.Throws<RegisterException>(() => _w.Extend(New(), D("2025-03-25"), 10, " ")).Code);
        Assert.Equal("REG033", Assert.Throws<RegisterException>(() => _w.Extend(New(), New().DueOn!.Value.AddDays(1), 10, "主任")).Code);
    }

    public static TheoryData<string, string> IllegalTransitions => new()
    {
        { "decide while consulting", "REG050" },
        { "decide while awaiting correction", "REG051" },
        { "decide while awaiting payment", "REG052" },
        { "second correction", "REG020" },
        { "correction after consulting began", "REG021" },
        { "receive correction never asked", "REG010" },
        { "answer with no consultation", "REG010" },
        { "pay with no notice", "REG010" },
        { "lapse correction never asked", "REG010" },
        { "anything after closing", "REG011" },
        { "withdraw after closing", "REG011" },
        { "date before last event", "REG012" },
        { "still unclear without correction", "REG054" },
        { "consult while awaiting correction", "REG010" },
        { "fee while consulting", "REG010" },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void IllegalTransition_RefusedWithCodeAndChineseMessage(string what, string code)
    {
        var app = New();
        var consulting = _w.StartConsultation(app, ConsultationKind.OtherAgency, null, D("2025-03-04"));
        var awaiting = _w.RequestCorrection(app, D("2025-03-04"));
        var paying = _w.IssueFeeNotice(app, FeeBasis.ByVolume, 60, D("2025-03-04"));
        var closed = _w.Decide(app, Outcome.Granted, D("2025-03-10"));
        Action act = what switch
        {
            "decide while consulting" => () => _w.Decide(consulting, Outcome.Granted, D("2025-03-10")),
            "decide while awaiting correction" => () => _w.Decide(awaiting, Outcome.Granted, D("2025-03-10")),
            "decide while awaiting payment" => () => _w.Decide(paying, Outcome.Granted, D("2025-03-10")),
            "second correction" => () => _w.RequestCorrection(_w.ReceiveCorrection(awaiting, D("2025-03-06")), D("2025-03-07")),
            "correction after consulting began" => () => _w.RequestCorrection(_w.AnswerConsultation(consulting, D("2025-03-05")), D("2025-03-06")),
            "receive correction never asked" => () => _w.ReceiveCorrection(app, D("2025-03-06")),
            "answer with no consultation" => () => _w.AnswerConsultation(app, D("2025-03-06")),
            "pay with no notice" => () => _w.RecordPayment(app, D("2025-03-06")),
            "lapse correction never asked" => () => _w.LapseCorrection(app, D("2025-03-06")),
            "anything after closing" => () => _w.StartConsultation(closed, ConsultationKind.ThirdParty, null, D("2025-03-11")),
            "withdraw after closing" => () => _w.Withdraw(closed, D("2025-03-11")),
            "date before last event" => () => _w.Decide(app, Outcome.Granted, D("2025-03-01")),
            "still unclear without correction" => () => _w.Decide(app, Outcome.UnableStillUnclear, D("2025-03-10")),
            "consult while awaiting correction" => () => _w.StartConsultation(awaiting, ConsultationKind.ThirdParty, null, D("2025-03-06")),
            "fee while consulting" => () => _w.IssueFeeNotice(consulting, FeeBasis.ByVolume, 60, D("2025-03-06")),
            _ => throw new InvalidOperationException(what),
        };
        var e = Assert.Throws<RegisterException>(act);
        Assert.Equal(code, e.Code);
        Assert.False(string.IsNullOrWhiteSpace(e.Zh));
        Assert.False(string.IsNullOrWhiteSpace(e.En));
        Assert.Contains("2025-00001", e.Zh + e.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdraw_FromAnyOpenState_IsOther3()
    {
        var w = _w.Withdraw(_w.RequestCorrection(New(), D("2025-03-04")), D("2025-03-05"));
        Assert.True(w.Withdrawn);
        Assert.Equal(Outcome.OtherOther, w.Outcome);
    }

    [Fact]
    public void Outcomes_Are21_OneRowEachOfTable2()
    {
        Assert.Equal(21, RegisterLabels.Outcomes.Count);
        Assert.Equal(21, RegisterLabels.Outcomes.Select(o => Annual.AnnualTables.RowKey(o, Schema.ReportEdition.National2021)).Distinct().Count());
        Assert.Equal(19, RegisterLabels.Outcomes.Select(o => Annual.AnnualTables.RowKey(o, Schema.ReportEdition.Trial2019)).Distinct().Count());
        Assert.True(RegisterLabels.TryOutcome("三.4", out var o) && o == Outcome.DeniedThirdPartyRights);
        Assert.True(RegisterLabels.TryOutcome("保护第三方合法权益", out o) && o == Outcome.DeniedThirdPartyRights);
        Assert.True(RegisterLabels.TryOutcome("予以公开", out o) && o == Outcome.Granted);
    }
}

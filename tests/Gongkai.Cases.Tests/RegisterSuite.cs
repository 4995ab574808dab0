using Gongkai.Calendar;
using Gongkai.Calendar.Data;
using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Annual;
using Gongkai.Cases.Demo;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;
using Gongkai.Rules;
using static Gongkai.Cases.Tests.TestSupport;

namespace Gongkai.Cases.Tests;

/// <summary>
/// The register's behaviour against a real database. The same tests run on SQLite and on PostgreSQL
/// (<see cref="SqliteRegisterTests"/>, <see cref="PostgresRegisterTests"/>).
/// </summary>
public abstract class RegisterSuite : IDisposable
{
    private readonly List<IRegisterStore> _stores = [];

    public void Dispose()
    {
        foreach (var s in _stores)
        {
            s.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected abstract IRegisterStore OpenStore();

    protected abstract void Cleanup();

    private Register Open(DateOnly today, WorkingDayCalendar? calendar = null)
    {
        var store = OpenStore();
        _stores.Add(store);
        return Register(store, today, calendar);
    }

    [SkippableFact]
    public void Transitions_AreRecordedInHistory_WhoWhenBeforeAfter()
    {
        var reg = Open(D("2025-04-01"));
        var app = reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-03-03"), "某项目批复");
        Assert.Equal("2025-00001", app.Ref);
        reg.RequestCorrection(app.Ref, D("2025-03-05"));
        reg.ReceiveCorrection(app.Ref, D("2025-03-10"));
        reg.Extend(app.Ref, D("2025-04-01"), 10, "主任 周某");
        var closed = reg.Decide(app.Ref, Outcome.Partial, D("2025-04-15"));
        Assert.Equal(4, closed.Version);
        var history = reg.History("application", app.Ref);
        Assert.Equal(["receive", "request_correction", "receive_correction", "extend", "close"], history.Select(h => h.Action));
        Assert.All(history, h => Assert.Equal("测试员", h.Actor));
        Assert.Null(history[0].Before);
        Assert.Contains("\"state\":\"Open\"", history[^1].Before, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"Partial\"", history[^1].After, StringComparison.Ordinal);
        Assert.Equal(closed, reg.Get(app.Ref) with { });
    }

    [SkippableFact]
    public void History_IsAppendOnly_DatabaseRefusesUpdateAndDelete()
    {
        var reg = Open(D("2025-04-01"));
        reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-03-03"), "x");
        Assert.ThrowsAny<Exception>(() => reg.Store.Run(t => t.Execute("UPDATE history SET actor = 'x'", null)));
        Assert.ThrowsAny<Exception>(() => reg.Store.Run(t => t.Execute("DELETE FROM history", null)));
        Assert.Equal(1, reg.Store.Run(t => t.CountHistory()));
    }

    [SkippableFact]
    public void IllegalTransition_Refused_NothingWritten()
    {
        var reg = Open(D("2025-04-01"));
        var app = reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-03-03"), "x");
        reg.Decide(app.Ref, Outcome.Granted, D("2025-03-10"));
        var e = Assert.Throws<RegisterException>(() => reg.Extend(app.Ref, D("2025-03-11"), 5, "主任"));
        Assert.Equal("REG011", e.Code);
        Assert.Contains("已办结", e.Zh, StringComparison.Ordinal);
        Assert.Equal(2, reg.History("application", app.Ref).Count);
        Assert.Equal("REG014", Assert.Throws<RegisterException>(() => reg.Decide("2025-99999", Outcome.Granted, D("2025-03-10"))).Code);
    }

    [SkippableFact]
    public void FeeByPiece_RankCountedPerApplicantPerMonth()
    {
        var reg = Open(D("2025-04-01"));
        for (var i = 0; i < 11; i++)
        {
            reg.Receive(null, "赵某甲", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-03-03").AddDays(i), "x" + i);
        }

        reg.Receive(null, "赵某甲", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-04-01"), "next month");
        Assert.Equal("REG042", Assert.Throws<RegisterException>(() => reg.IssueFeeNotice("2025-00010", FeeBasis.ByPiece, null, D("2025-03-20"))).Code);
        var fee = reg.IssueFeeNotice("2025-00011", FeeBasis.ByPiece, null, D("2025-03-20")).Fee!;
        Assert.Equal(11, fee.Quantity);
        Assert.Equal(100m, fee.AmountYuan);
        Assert.Equal("REG042", Assert.Throws<RegisterException>(() => reg.IssueFeeNotice("2025-00012", FeeBasis.ByPiece, null, D("2025-04-02"))).Code);
    }

    [SkippableFact]
    public void DemoYears_TablesPassEveryRule_MatchTheRecords_AndCarryOverContinues()
    {
        var reg = Open(D("2026-02-01"));
        var data = new DemoGenerator(reg.Workflow).Generate(new DemoOptions(2024, 2025, 10_000, 7, D("2026-02-01")));
        reg.LoadDemo(data);
        Assert.InRange(data.Applications.Count(a => a.ReceivedOn.Year == 2025), 9_900, 10_100);
        foreach (var year in new[] { 2024, 2025 })
        {
            foreach (var edition in new[] { Schema.ReportEdition.National2021, Schema.ReportEdition.Trial2019 })
            {
                var result = reg.Annual(year, edition);
                var audit = Auditor.Default.Audit(result.Model);
                Assert.True(audit.Errors == 0, string.Join("\n", audit.Findings.Select(f => f.Id + " " + string.Join(",", f.Args.Select(a => a.Zh)))));
                foreach (var id in new[] { "A1", "A2", "A3", "A4", "A5", "F1", "F3" })
                {
                    Assert.Equal(RuleStatus.Pass, audit.Result(id)!.Status);
                }

                Assert.Equal(0, audit.Warnings);
            }

            var oracle = AnnualFigures.FromRecords(year, data.Applications, data.Appeals, data.Documents, data.Counts);
            var fromDb = reg.Annual(year).Figures;
            Assert.Equal(oracle.New, fromDb.New);
            Assert.Equal(oracle.CarriedOver, fromDb.CarriedOver);
            Assert.Equal(oracle.CarriedForward, fromDb.CarriedForward);
            Assert.Equal(oracle.Results.Cast<int>(), fromDb.Results.Cast<int>());
            Assert.Equal(oracle.Appeals.Cast<int>(), fromDb.Appeals.Cast<int>());
            Assert.Equal(oracle.Documents.Select(d => (d.Issued, d.Repealed, d.InForce, d.IssuedToDate)), fromDb.Documents.Select(d => (d.Issued, d.Repealed, d.InForce, d.IssuedToDate)));
            Assert.Equal(oracle.LateReplies, fromDb.LateReplies);
            Assert.Equal(oracle.FeesPaidYuan, fromDb.FeesPaidYuan);
        }

        var y2024 = reg.Annual(2024).Figures;
        var y2025 = reg.Annual(2025).Figures;
        Assert.Equal(y2024.CarriedForward, y2025.CarriedOver);
        Assert.True(y2024.CarriedForward.Sum() > 0);
        var auditWithPrior = Auditor.Default.Audit(reg.Annual(2025).Model, context: new RuleContext { Prior = reg.Annual(2024).Model });
        Assert.Equal(RuleStatus.Pass, auditWithPrior.Result("Y1")!.Status);
    }

    [SkippableFact]
    public void PublishedYear_IsLocked_CorrectionRecorded_ReportShowsMismatch()
    {
        var reg = Open(D("2025-02-01"));
        var a = reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2024-03-03"), "x");
        reg.Decide(a.Ref, Outcome.Granted, D("2024-03-20"));
        var open = reg.Receive(null, "王某", ApplicantType.Commercial, ReceiptChannel.Online, D("2024-12-20"), "y");
        reg.Publish(2024);
        Assert.Equal("REG081", Assert.Throws<RegisterException>(() => reg.Publish(2024)).Code);

        // closing the carried-forward case in 2025 leaves 2024's tables as they are: allowed
        reg.Decide(open.Ref, Outcome.UnableNotHeld, D("2025-01-10"));

        // a backdated application or a changed 2024 outcome would alter them: refused without a correction
        Assert.Equal("REG080", Assert.Throws<RegisterException>(() => reg.Receive(null, "孙某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2024-06-01"), "z")).Code);
        Assert.Equal("REG070", Assert.Throws<RegisterException>(() => reg.Correct(a.Ref, x => x with { Outcome = Outcome.Partial }, string.Empty)).Code);
        Assert.False(reg.Annual(2024).DiffersFromPublication);

        reg.Correct(a.Ref, x => x with { Outcome = Outcome.Partial }, "答复书认定有误，应为部分公开");
        var report = reg.Annual(2024);
        Assert.True(report.DiffersFromPublication);
        Assert.Contains(report.ChangedSincePublication, c => c.FieldId == "t2.granted.total" && c.Published == "1" && c.Now == "0");
        Assert.Contains(reg.History("year", "2024"), h => h.Action == "correction" && h.Reason == "答复书认定有误，应为部分公开");
    }

    [SkippableFact]
    public void AppealsAndDocuments_InAPublishedYear_AreCorrectedExplicitly_WithTheReasonRecorded()
    {
        var reg = Open(D("2025-02-01"));
        var a = reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2024-03-03"), "x");
        reg.Decide(a.Ref, Outcome.DeniedThirdPartyRights, D("2024-03-20"));
        var review = reg.FileAppeal(null, a.Ref, AppealKind.Reconsideration, D("2024-05-06"));
        reg.DecideAppeal(review.Ref, AppealResult.Upheld, D("2024-08-01"));
        reg.AddDocument(new RegisterDocument("霁规〔2023〕1号", DocumentKind.NormativeDocument, "某办法", D("2023-04-01")));
        reg.RepealDocument("霁规〔2023〕1号", D("2024-06-30"));
        reg.Publish(2024);

        // a decided case is decided once; the message points at the correction, which needs a reason
        Assert.Equal("REG063", Assert.Throws<RegisterException>(() => reg.DecideAppeal(review.Ref, AppealResult.Corrected, D("2024-08-02"))).Code);
        Assert.Equal("REG070", Assert.Throws<RegisterException>(() => reg.CorrectAppeal(review.Ref, x => x with { Result = AppealResult.Corrected }, " ")).Code);
        Assert.Equal("REG068", Assert.Throws<RegisterException>(() => reg.CorrectAppeal(review.Ref, x => x with { DecidedOn = null }, "理由")).Code);
        Assert.Equal("REG065", Assert.Throws<RegisterException>(() => reg.CorrectAppeal(review.Ref, x => x with { DecidedOn = D("2024-05-01") }, "理由")).Code);
        Assert.Equal("REG062", Assert.Throws<RegisterException>(() => reg.CorrectAppeal(review.Ref, x => x with { FiledOn = D("2024-03-01") }, "理由")).Code);
        Assert.False(reg.Annual(2024).DiffersFromPublication);

        var corrected = reg.CorrectAppeal(review.Ref, x => x with { Result = AppealResult.Corrected }, "复议决定书为撤销原答复");
        Assert.Equal(AppealResult.Corrected, corrected.Result);
        Assert.Equal(AppealResult.Corrected, reg.Appeals(a.Ref).Single().Result);
        var y2024 = reg.Annual(2024);
        Assert.True(y2024.DiffersFromPublication);
        Assert.Equal(1, y2024.Figures.Appeals[0, 1]); // 复议: 结果纠正
        Assert.Equal(0, y2024.Figures.Appeals[0, 0]); // 复议: 结果维持
        var entries = reg.History("appeal", review.Ref);
        var entry = entries[^1];
        Assert.Equal(("correct", "复议决定书为撤销原答复"), (entry.Action, entry.Reason));

        // back to 尚未审结 is a correction too
        Assert.Null(reg.CorrectAppeal(review.Ref, x => x with { Result = null, DecidedOn = null }, "决定书尚未送达").Result);
        Assert.Equal(1, reg.Annual(2024).Figures.Appeals[0, 3]); // 复议: 尚未审结

        // documents: a repeal recorded in error
        Assert.Equal("REG102", Assert.Throws<RegisterException>(() => reg.CorrectDocument("霁规〔2023〕1号", d => d with { RepealedOn = D("2023-01-01") }, "理由")).Code);
        Assert.Equal("REG103", Assert.Throws<RegisterException>(() => reg.CorrectDocument("无此文号", d => d, "理由")).Code);
        var doc = reg.CorrectDocument("霁规〔2023〕1号", d => d with { RepealedOn = null }, "该文件未被废止，系误录");
        Assert.True(doc.InForceOn(D("2024-12-31")));
        Assert.Contains(reg.History("document", doc.Number), h => h.Action == "correct" && h.Reason == "该文件未被废止，系误录");
        Assert.Contains(reg.History("year", "2024"), h => h.Action == "correction" && h.Reason == "该文件未被废止，系误录");
    }

    [SkippableFact]
    public void CalendarUpdate_RedatesOpenCases_RecordsOldAndNewDates()
    {
        // as known on 2020-01-26 the Spring Festival holiday ended on 1-30; the extension (published 1-27) moved it to 2-2
        var old = WorkingDayCalendar.Create(HolidayCalendarSource.Embedded, D("2020-01-26"));
        var reg = Open(D("2020-01-26"), old);
        reg.SyncCalendar("{}");
        var app = reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2020-01-20"), "x");
        var closed = reg.Receive(null, "王某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2020-01-21"), "y");
        reg.Decide(closed.Ref, Outcome.Granted, D("2020-01-22"));

        var updated = Open(D("2020-02-03"));
        var redated = updated.SyncCalendar(EmbeddedCalendarJson());
        var r = Assert.Single(redated);
        Assert.Equal(app.Ref, r.Ref);
        Assert.Equal(app.DueOn, r.OldDue);
        Assert.True(r.NewDue > r.OldDue);
        Assert.Equal(r.NewDue, updated.Get(app.Ref).DueOn);
        var h = updated.History("application", app.Ref)[^1];
        Assert.Equal("redate", h.Action);
        Assert.Contains(old.VersionId, h.Reason, StringComparison.Ordinal);
        Assert.Empty(updated.SyncCalendar(EmbeddedCalendarJson()));
    }

    [SkippableFact]
    public void CsvImport_AllOrNothing_ErrorsPerLine()
    {
        var reg = Open(D("2025-06-01"));
        const string Header = "编号,申请人,申请人类型,提交方式,收到日期,申请内容,补正日期,补正收到日期,延期批准日期,延期工作日,延期批准人,办理结果,办结日期\n";
        var good = Header +
            "2025-00001,李某,自然人,网络,2025-03-03,甲文件,,,,,,予以公开,2025-03-20\n" +
            "2025-00002,某律所,法律服务机构,邮寄,2025-03-04,乙文件,2025-03-05,2025-03-12,2025-04-08,10,主任 周某,四.3,2025-04-20\n" +
            "2025-00003,王某,自然人,当面,2025-05-30,丙文件,,,,,,,\n";
        var ok = reg.ImportCsv(System.Text.Encoding.UTF8.GetBytes(good));
        Assert.True(ok.Ok, string.Join("\n", ok.Errors.Select(e => e.In(Diagnostics.Language.Zh))));
        Assert.Equal(3, reg.List(new ApplicationQuery()).Count);
        Assert.Equal(Outcome.UnableStillUnclear, reg.Get("2025-00002").Outcome);

        var bad = Header +
            "2025-00010,赵某,自然人,网络,2025-03-03,x,,,,,,予以公开,2025-03-20\n" +
            "2025-00011,钱某,外星人,网络,2025-03-03,x,,,,,,,\n" +
            "2025-00012,孙某,自然人,网络,2025-13-03,x,,,,,,,\n" +
            "2025-00001,李某,自然人,网络,2025-03-03,重复,,,,,,,\n" +
            "2025-00013,周某,自然人,网络,2025-03-03,x,,,,,,予以公开,2025-03-01\n";
        var failed = reg.ImportCsv(System.Text.Encoding.UTF8.GetBytes(bad));
        Assert.False(failed.Ok);
        Assert.Equal([3, 4, 5, 6], failed.Errors.Select(e => e.Line));
        Assert.Contains("外星人", failed.Errors[0].Zh, StringComparison.Ordinal);
        Assert.Contains("不是有效日期", failed.Errors[1].Zh, StringComparison.Ordinal);
        Assert.Contains("重复", failed.Errors[2].Zh, StringComparison.Ordinal);
        Assert.Contains("早于", failed.Errors[3].Zh, StringComparison.Ordinal);
        Assert.Equal(3, reg.List(new ApplicationQuery()).Count);
        Assert.Null(reg.Find("2025-00010"));
    }

    [SkippableFact]
    public void CsvImport_ByPieceFees_GoByOrderOfReceipt_NotByOrderOfLines()
    {
        var reg = Open(D("2025-06-01"));

        // one earlier application of the same applicant already in the register, in the same month
        reg.Receive(null, "钱某乙", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-03-01"), "已登记");
        var csv = new System.Text.StringBuilder("编号,申请人,申请人类型,提交方式,收到日期,申请内容,收费方式,收费通知日期\n");

        // eleven more, the file listing the latest first; by receipt the last two are the 11th and 12th of the month,
        // the first charged (ten free a month), and only they carry a fee notice
        for (var i = 11; i >= 1; i--)
        {
            var fee = i >= 10 ? "按件,2025-03-25" : ",";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"2025-1{i:00},钱某乙,自然人,网络,2025-03-{10 + i:00},第{i}件,{fee}\n");
        }

        var result = reg.ImportCsv(System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.True(result.Ok, string.Join("\n", result.Errors.Select(e => e.In(Diagnostics.Language.Zh))));
        Assert.Equal(11, reg.Get("2025-110").Fee!.Quantity);
        Assert.Equal(FeeCalculator.ByPiece(11), reg.Get("2025-110").Fee!.AmountYuan);
        Assert.Equal(12, reg.Get("2025-111").Fee!.Quantity);
        Assert.True(reg.Get("2025-111").Fee!.AmountYuan > 0);
        Assert.Null(reg.Get("2025-101").Fee);
    }

    [SkippableFact]
    public void Overdue_AndDueWithin_ByWorkingDays()
    {
        var reg = Open(D("2025-06-01"));
        var late = reg.Receive(null, "李某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-04-01"), "x");
        var soon = reg.Receive(null, "王某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-05-06"), "y");
        var closed = reg.Receive(null, "赵某", ApplicantType.NaturalPerson, ReceiptChannel.Online, D("2025-04-02"), "z");
        reg.Decide(closed.Ref, Outcome.Granted, D("2025-04-10"));
        Assert.Equal([late.Ref], reg.Overdue(D("2025-06-03")).Select(a => a.Ref));
        Assert.Equal([soon.Ref], reg.DueWithin(D("2025-06-03"), 3).Select(a => a.Ref));
        Assert.Empty(reg.DueWithin(D("2025-05-20"), 3));
    }
}

using System.Globalization;
using Gongkai.Calendar.Deadlines;
using Gongkai.Cases.Domain;
using Gongkai.Cases.Storage;

namespace Gongkai.Cases;

/// <summary>
/// The register's commands: each opens one transaction, applies one allowed transition, writes the record and its
/// history line (who, when, what, before and after), and commits. A change that would alter the tables of a year
/// whose report was published is refused unless it is an explicit correction with a reason, which is recorded.
/// </summary>
public sealed partial class Register
{
    private readonly TimeProvider _time;

    public Register(IRegisterStore store, ApplicationDeadlines deadlines, TimeProvider time, string actor)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Deadlines = deadlines ?? throw new ArgumentNullException(nameof(deadlines));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Actor = string.IsNullOrWhiteSpace(actor) ? "unknown" : actor;
        Workflow = new ApplicationWorkflow(deadlines);
    }

    public IRegisterStore Store { get; }

    public ApplicationDeadlines Deadlines { get; }

    public ApplicationWorkflow Workflow { get; }

    /// <summary>Who is recorded in the history.</summary>
    public string Actor { get; }

    /// <summary>Today in China Standard Time.</summary>
    public DateOnly Today => Deadlines.Today;

    /// <summary>The body whose register this is (for the report), or null when not set.</summary>
    public string? BodyName => Store.Run(t => t.GetMeta("body_name"));

    public void SetBodyName(string name) => Store.Run(t =>
    {
        var before = t.GetMeta("body_name");
        t.SetMeta("body_name", name);
        t.AppendHistory(new HistoryEntry("register", "body_name", _time.GetUtcNow(), Actor, "set", before, name));
        return 0;
    });

    /// <summary>Registers a new application (number given, or the next of its year).</summary>
    public Application Receive(string? reference, string applicant, ApplicantType type, ReceiptChannel channel, DateOnly receivedOn, string request, string? applicantKey = null, string? correctionReason = null) =>
        Store.Run(t =>
        {
            var r = string.IsNullOrWhiteSpace(reference) ? t.NextApplicationRef(receivedOn.Year) : reference.Trim();
            if (t.FindApplication(r) is not null)
            {
                throw ApplicationWorkflow.Refuse("REG013", $"申请编号 {r} 已存在", $"the register number {r} already exists");
            }

            var app = Workflow.Receive(r, applicant, type, channel, receivedOn, request, applicantKey);
            CheckLocks(t, null, app, correctionReason);
            t.InsertApplication(app);
            Log(t, "application", app.Ref, "receive", null, app, correctionReason);
            return app;
        });

    /// <summary>The application with this number, or null.</summary>
    public Application? Find(string reference) => Store.Run(t => t.FindApplication(reference));

    /// <summary>The application, or a clear refusal when there is none.</summary>
    public Application Get(string reference) => Find(reference) ?? throw NotFound(reference);

    /// <summary>Applies one transition to an application, in one transaction with its history line.</summary>
    public Application Change(string reference, string action, Func<Application, Application> transition, string? correctionReason = null) =>
        Store.Run(t => ChangeIn(t, reference, action, (_, a) => transition(a), correctionReason));

    public Application RequestCorrection(string reference, DateOnly on) => Change(reference, "request_correction", a => Workflow.RequestCorrection(a, on));

    public Application ReceiveCorrection(string reference, DateOnly on) => Change(reference, "receive_correction", a => Workflow.ReceiveCorrection(a, on));

    public Application StartConsultation(string reference, ConsultationKind kind, string? party, DateOnly on) => Change(reference, "consult", a => Workflow.StartConsultation(a, kind, party, on));

    public Application AnswerConsultation(string reference, DateOnly on) => Change(reference, "consultation_answered", a => Workflow.AnswerConsultation(a, on));

    public Application Extend(string reference, DateOnly on, int days, string approver) => Change(reference, "extend", a => Workflow.Extend(a, on, days, approver));

    /// <summary>A fee notice; for 按件 the rank in the applicant's month is counted from the register.</summary>
    public Application IssueFeeNotice(string reference, FeeBasis basis, int? pages, DateOnly on) =>
        Store.Run(t => ChangeIn(t, reference, "fee_notice", (tx, a) =>
        {
            var quantity = basis == FeeBasis.ByPiece ? tx.RankInMonth(a) : pages ?? throw ApplicationWorkflow.Refuse("REG044", "按量收费须给出页数", "a fee by volume needs the number of pages");
            return Workflow.IssueFeeNotice(a, basis, quantity, on);
        }, null));

    public Application RecordPayment(string reference, DateOnly on) => Change(reference, "fee_paid", a => Workflow.RecordPayment(a, on));

    public Application Decide(string reference, Outcome outcome, DateOnly on, string? correctionReason = null) => Change(reference, "close", a => Workflow.Decide(a, outcome, on), correctionReason);

    public Application Withdraw(string reference, DateOnly on, string? correctionReason = null) => Change(reference, "withdraw", a => Workflow.Withdraw(a, on), correctionReason);

    /// <summary>
    /// An explicit correction of recorded facts (a wrong date, applicant type or outcome), allowed on closed cases and in
    /// published years; the reason is required and recorded.
    /// </summary>
    public Application Correct(string reference, Func<Application, Application> amend, string reason)
    {
        RequireReason(reason);
        return Change(
            reference,
            "correct",
            a =>
            {
                var amended = amend(a);
                if (amended.ClosedOn is { } c && c < amended.ReceivedOn)
                {
                    throw ApplicationWorkflow.Refuse("REG071", "办结日期不能早于收到日期", "the closing date cannot be before the day of receipt");
                }

                if ((amended.State == ApplicationState.Closed) != (amended.Outcome is not null && amended.ClosedOn is not null))
                {
                    throw ApplicationWorkflow.Refuse("REG072", "已办结的申请须同时有办理结果和办结日期", "a closed application needs both an outcome and a closing date");
                }

                return Deadlines.WithDue(amended);
            },
            reason);
    }

    /// <summary>The history of an application, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History(string kind, string reference) => Store.Run(t => t.History(kind, reference));

    public IReadOnlyList<Application> List(ApplicationQuery query) => Store.Run(t => t.QueryApplications(query));

    /// <summary>Open applications past their deadline on <paramref name="today"/>, most overdue first.</summary>
    public IReadOnlyList<Application> Overdue(DateOnly today) =>
        Store.Run(t => t.QueryApplications(new ApplicationQuery { OpenOnly = true, DueBy = today.AddDays(-1) }));

    /// <summary>Open applications due within <paramref name="workingDays"/> working days of <paramref name="today"/> (not yet overdue).</summary>
    public IReadOnlyList<Application> DueWithin(DateOnly today, int workingDays)
    {
        var limit = Deadlines.Calendar.AddWorkingDays(today, Math.Max(0, workingDays)).Date;
        return [.. Store.Run(t => t.QueryApplications(new ApplicationQuery { OpenOnly = true, DueBy = limit })).Where(a => a.DueOn >= today)];
    }

    /// <summary>Open applications whose fee notice has passed its payment date (→ close as 其他处理 2).</summary>
    public IReadOnlyList<Application> UnpaidPastDue(DateOnly today) =>
        [.. Store.Run(t => t.QueryApplications(new ApplicationQuery { OpenOnly = true })).Where(a => a.State == ApplicationState.AwaitingPayment && a.Fee!.PaymentDueOn < today)];

    private Application ChangeIn(RegisterTransaction t, string reference, string action, Func<RegisterTransaction, Application, Application> transition, string? correctionReason)
    {
        var before = t.FindApplication(reference) ?? throw NotFound(reference);
        var after = transition(t, before);
        CheckLocks(t, before, after, correctionReason);
        var saved = t.UpdateApplication(before, after);
        Log(t, "application", saved.Ref, action, before, saved, correctionReason);
        return saved;
    }

    private void CheckLocks(RegisterTransaction t, Application? before, Application after, string? reason)
    {
        foreach (var year in t.PublishedYears())
        {
            if (YearContribution.Of(before, year) != YearContribution.Of(after, year))
            {
                RequireCorrection(t, year, after.Ref, reason);
            }
        }
    }

    private void RequireCorrection(RegisterTransaction t, int year, string what, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ApplicationWorkflow.Refuse(
                "REG080",
                $"{year} 年度报告已发布，该年度已锁定；此项更改（{what}）会改变该年度的统计表。如确需更改，请作为更正提交并说明理由（--correction \"理由\"），更正将被记录，报告将显示与已发布版本不一致",
                $"the {year} report is published and the year is locked; this change ({what}) would alter its tables. To make it anyway, submit it as a correction with a reason (--correction \"reason\"); it is recorded and the report will show it no longer matches");
        }

        t.AppendHistory(new HistoryEntry("year", year.ToString(CultureInfo.InvariantCulture), _time.GetUtcNow(), Actor, "correction", null, what, reason));
    }

    private void Log<T>(RegisterTransaction t, string kind, string reference, string action, T? before, T? after, string? reason)
        where T : class =>
        t.AppendHistory(new HistoryEntry(kind, reference, _time.GetUtcNow(), Actor, action, before is null ? null : RegisterJson.Snapshot(before), after is null ? null : RegisterJson.Snapshot(after), reason));

    private static RegisterException NotFound(string reference) =>
        ApplicationWorkflow.Refuse("REG014", $"登记簿中没有编号为 {reference} 的申请", $"the register has no application numbered {reference}");
}

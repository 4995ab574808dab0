using System.Globalization;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Cases.Domain;

/// <summary>
/// The only way an application changes state. Each method checks that the transition is allowed from the current
/// state and that its date is not before what was already recorded, and returns the new value with its deadline
/// recomputed; a refused transition throws <see cref="RegisterException"/> saying why, and changes nothing.
/// </summary>
/// <remarks>
/// <code>
/// Open ──补正──► AwaitingCorrection ──corrected──► Open (clock restarts)      AwaitingCorrection ──lapse──► Closed（六）1
/// Open ──consult──► Consulting ──answered──► Open (days left out)
/// Open ──fee notice──► AwaitingPayment ──paid──► Open (days left out)      AwaitingPayment ──lapse──► Closed（六）2
/// Open ──decide(outcome)──► Closed          any open state ──withdraw──► Closed（六）3
/// Open/Consulting ──extend (once, ≤ 20 working days, approver)──► same state
/// </code>
/// </remarks>
public sealed class ApplicationWorkflow(ApplicationDeadlines deadlines)
{
    public ApplicationDeadlines Deadlines { get; } = deadlines ?? throw new ArgumentNullException(nameof(deadlines));

    /// <summary>A new application, open, with its deadline.</summary>
    public Application Receive(string reference, string applicantName, ApplicantType type, ReceiptChannel channel, DateOnly receivedOn, string request, string? applicantKey = null)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw Refuse("REG001", "申请编号不能为空", "the register number must not be empty");
        }

        if (string.IsNullOrWhiteSpace(applicantName))
        {
            throw Refuse("REG002", "申请人不能为空", "the applicant must not be empty");
        }

        if (!Enum.IsDefined(type) || !Enum.IsDefined(channel))
        {
            throw Refuse("REG003", "申请人类型或提交方式无效", "invalid applicant type or channel");
        }

        var app = new Application(reference.Trim(), applicantName.Trim(), type, channel, receivedOn, request ?? string.Empty)
        {
            ApplicantKey = string.IsNullOrWhiteSpace(applicantKey) ? applicantName.Trim() : applicantKey.Trim(),
        };
        return Deadlines.WithDue(app);
    }

    /// <summary>补正 asked (第三十条): once, in one go, before anything else happened.</summary>
    public Application RequestCorrection(Application app, DateOnly on)
    {
        Require(app, ApplicationState.Open, "要求补正", "ask for 补正");
        if (app.Correction is not null)
        {
            throw Refuse("REG020", $"申请 {app.Ref} 已于 {D(app.Correction.RequestedOn)} 要求过补正；第三十条要求一次性告知补正内容", $"{app.Ref} was already asked for 补正 on {D(app.Correction.RequestedOn)}; Art. 30 requires asking once");
        }

        if (!app.Consultations.IsDefaultOrEmpty || app.Extension is not null || app.Fee is not null)
        {
            throw Refuse("REG021", $"申请 {app.Ref} 已开始办理（征求意见、延期或收费），不能再要求补正", $"{app.Ref} is already being handled (consultation, extension or fee); 补正 can no longer be asked");
        }

        NotBefore(app, on);
        return Deadlines.WithDue(app with { State = ApplicationState.AwaitingCorrection, Correction = new CorrectionRequest(on, null) });
    }

    /// <summary>The corrected application arrived: the reply clock restarts from this day.</summary>
    public Application ReceiveCorrection(Application app, DateOnly on)
    {
        Require(app, ApplicationState.AwaitingCorrection, "登记补正材料", "record the corrected application");
        NotBefore(app, on);
        return Deadlines.WithDue(app with { State = ApplicationState.Open, Correction = app.Correction! with { CorrectedReceivedOn = on } });
    }

    /// <summary>No corrected application came (第三十条: 视为放弃申请): closed as 其他处理 1.</summary>
    public Application LapseCorrection(Application app, DateOnly on)
    {
        Require(app, ApplicationState.AwaitingCorrection, "按逾期不补正结案", "close for no 补正");
        NotBefore(app, on);
        return Close(app, Outcome.OtherNoCorrection, on);
    }

    /// <summary>A third party or another agency is consulted; the clock pauses until the answer.</summary>
    public Application StartConsultation(Application app, ConsultationKind kind, string? party, DateOnly on)
    {
        Require(app, ApplicationState.Open, "征求意见", "start a consultation");
        NotBefore(app, on);
        var c = new Consultation(kind, on, null) { Party = string.IsNullOrWhiteSpace(party) ? null : party.Trim() };
        return Deadlines.WithDue(app with { State = ApplicationState.Consulting, Consultations = ApplicationDeadlines.Consultations(app).Add(c) });
    }

    /// <summary>The consultation under way was answered (or its time ran out); the clock runs again from the next day.</summary>
    public Application AnswerConsultation(Application app, DateOnly on)
    {
        Require(app, ApplicationState.Consulting, "登记征求意见答复", "record a consultation answer");
        NotBefore(app, on);
        var list = ApplicationDeadlines.Consultations(app);
        var last = list[^1];
        return Deadlines.WithDue(app with { State = ApplicationState.Open, Consultations = list.SetItem(list.Length - 1, last with { AnsweredOn = on }) });
    }

    /// <summary>The one extension of 第三十三条第二款: at most 20 working days, approved by the office's head, before the deadline.</summary>
    public Application Extend(Application app, DateOnly approvedOn, int workingDays, string approver)
    {
        if (app.State is not (ApplicationState.Open or ApplicationState.Consulting))
        {
            Require(app, ApplicationState.Open, "延期答复", "extend");
        }

        if (app.Extension is not null)
        {
            throw Refuse("REG030", $"申请 {app.Ref} 已于 {D(app.Extension.ApprovedOn)} 延期 {app.Extension.WorkingDays} 个工作日；第三十三条只允许延长一次", $"{app.Ref} was already extended on {D(app.Extension.ApprovedOn)}; Art. 33 allows one extension");
        }

        if (workingDays is < 1 or > ApplicationDeadlinesLimits.MaxExtension)
        {
            throw Refuse("REG031", $"延长期限须为 1 至 20 个工作日，而不是 {workingDays}（第三十三条第二款）", $"an extension is 1 to 20 working days, not {workingDays} (Art. 33(2))");
        }

        if (string.IsNullOrWhiteSpace(approver))
        {
            throw Refuse("REG032", "延期须经政府信息公开工作机构负责人同意，请填写批准人", "an extension needs the approval of the head of the disclosure office: give the approver");
        }

        NotBefore(app, approvedOn);
        var due = Deadlines.Compute(app).Statutory.ReplyDeadline;
        if (due is { } d && approvedOn > d)
        {
            throw Refuse("REG033", $"答复期限已于 {D(d)} 届满，不能在 {D(approvedOn)} 再批准延期", $"the reply period ended on {D(d)}; an extension cannot be approved on {D(approvedOn)}");
        }

        return Deadlines.WithDue(app with { Extension = new DeadlineExtension(approvedOn, workingDays, approver.Trim()) });
    }

    /// <summary>
    /// A fee notice (109号办法): one per application, on one basis. <paramref name="quantity"/> is the application's rank
    /// among the applicant's applications of its month for 按件, or its pages for 按量.
    /// </summary>
    public Application IssueFeeNotice(Application app, FeeBasis basis, int quantity, DateOnly issuedOn)
    {
        Require(app, ApplicationState.Open, "发出收费通知", "issue a fee notice");
        if (app.Fee is not null)
        {
            throw Refuse("REG040", $"申请 {app.Ref} 已于 {D(app.Fee.IssuedOn)} 发出收费通知（{BasisName(app.Fee.Basis)}）；一件申请只能按一种方式收费一次，不能按件与按量同时收取", $"{app.Ref} already has a fee notice of {D(app.Fee.IssuedOn)}; one application is charged once, on one basis, never both");
        }

        if (!Enum.IsDefined(basis) || quantity < 1)
        {
            throw Refuse("REG041", "收费方式须为按件或按量，数量须为正数", "the fee basis must be by piece or by volume, with a positive quantity");
        }

        var amount = FeeCalculator.Compute(basis, quantity);
        if (amount == 0)
        {
            throw Refuse(
                "REG042",
                basis == FeeBasis.ByPiece ? $"该申请人本月第 {quantity} 件申请在免费范围内（每月 10 件以内不收费），不应发出收费通知" : $"{quantity} 页在免费范围内（30 页以内不收费），不应发出收费通知",
                basis == FeeBasis.ByPiece ? $"application no. {quantity} of the month is free (10 a month are free): no fee notice" : $"{quantity} pages are free (30 pages are free): no fee notice");
        }

        NotBefore(app, issuedOn);
        var fee = new FeeNotice(basis, quantity, amount, issuedOn, Deadlines.PaymentDue(issuedOn));
        return Deadlines.WithDue(app with { State = ApplicationState.AwaitingPayment, Fee = fee });
    }

    /// <summary>The fee was paid; the clock runs again with the unpaid days left out.</summary>
    public Application RecordPayment(Application app, DateOnly paidOn)
    {
        Require(app, ApplicationState.AwaitingPayment, "登记缴费", "record a payment");
        NotBefore(app, paidOn);
        return Deadlines.WithDue(app with { State = ApplicationState.Open, Fee = app.Fee! with { PaidOn = paidOn } });
    }

    /// <summary>The time to pay ran out: closed as 其他处理 2.</summary>
    public Application LapseFee(Application app, DateOnly on)
    {
        Require(app, ApplicationState.AwaitingPayment, "按逾期未缴费结案", "close for an unpaid fee");
        if (on <= app.Fee!.PaymentDueOn)
        {
            throw Refuse("REG043", $"缴费期限至 {D(app.Fee.PaymentDueOn)} 届满，{D(on)} 尚不能按逾期未缴费结案", $"the time to pay runs to {D(app.Fee.PaymentDueOn)}; on {D(on)} the case cannot yet be closed as unpaid");
        }

        return Close(app with { Fee = app.Fee with { LapsedOn = on } }, Outcome.OtherFeeNotPaid, on);
    }

    /// <summary>The reply: closes the application with one result row of table 2.</summary>
    public Application Decide(Application app, Outcome outcome, DateOnly on)
    {
        if (app.State == ApplicationState.Consulting)
        {
            throw Refuse("REG050", $"申请 {app.Ref} 正在征求意见，请先登记答复（或意见期满）再作出答复", $"{app.Ref} is being consulted on: record the answer first");
        }

        if (app.State == ApplicationState.AwaitingCorrection && outcome != Outcome.OtherNoCorrection)
        {
            throw Refuse("REG051", $"申请 {app.Ref} 正在等待补正，请先登记补正材料，或按“逾期不补正”结案", $"{app.Ref} awaits the corrected application: record it, or close as no correction");
        }

        if (app.State == ApplicationState.AwaitingPayment && outcome != Outcome.OtherFeeNotPaid)
        {
            throw Refuse("REG052", $"申请 {app.Ref} 正在等待缴费，请先登记缴费，或按“逾期未缴费”结案", $"{app.Ref} awaits payment: record it, or close as unpaid");
        }

        if (!Enum.IsDefined(outcome))
        {
            throw Refuse("REG053", "办理结果无效", "invalid outcome");
        }

        switch (outcome)
        {
            case Outcome.OtherNoCorrection:
                return LapseCorrection(app, on);
            case Outcome.OtherFeeNotPaid:
                return LapseFee(app, on);
            case Outcome.UnableStillUnclear when app.Correction?.CorrectedReceivedOn is null:
                throw Refuse("REG054", $"“补正后申请内容仍不明确”须先要求补正并收到补正材料；申请 {app.Ref} 没有补正记录", $"\"still unclear after correction\" needs a 补正 asked and answered; {app.Ref} has none");
        }

        Require(app, ApplicationState.Open, "作出答复", "reply");
        NotBefore(app, on);
        return Close(app, outcome, on);
    }

    /// <summary>The applicant withdrew the application: closed as 其他处理 3.</summary>
    public Application Withdraw(Application app, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.IsOpen)
        {
            throw Closed(app, "撤回", "withdraw");
        }

        NotBefore(app, on);
        return Close(app with { Withdrawn = true }, Outcome.OtherOther, on);
    }

    internal static RegisterException Refuse(string code, string zh, string en) => new(code, zh, en);

    internal static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Application Close(Application app, Outcome outcome, DateOnly on) =>
        Deadlines.WithDue(app with { State = ApplicationState.Closed, Outcome = outcome, ClosedOn = on });

    private static string BasisName(FeeBasis b) => b == FeeBasis.ByPiece ? "按件" : "按量";

    private static void Require(Application app, ApplicationState state, string zhAction, string enAction)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.IsOpen)
        {
            throw Closed(app, zhAction, enAction);
        }

        if (app.State != state)
        {
            throw Refuse(
                "REG010",
                $"申请 {app.Ref} 当前状态为“{RegisterLabels.State(app.State)}”，不能{zhAction}（须为“{RegisterLabels.State(state)}”）",
                $"{app.Ref} is {RegisterLabels.StateEn(app.State)}; cannot {enAction} (it must be {RegisterLabels.StateEn(state)})");
        }
    }

    private static RegisterException Closed(Application app, string zhAction, string enAction) => Refuse(
        "REG011",
        $"申请 {app.Ref} 已于 {(app.ClosedOn is { } c ? D(c) : "?")} 办结（{(app.Outcome is { } o ? RegisterLabels.Outcome(o) : "?")}），不能{zhAction}；如需更正已办结的记录，请使用更正（app correct）",
        $"{app.Ref} was closed on {(app.ClosedOn is { } c2 ? D(c2) : "?")}; cannot {enAction}. To change a closed record use a correction (app correct)");

    /// <summary>A new event may not predate what is already recorded: the history must read in order.</summary>
    private static void NotBefore(Application app, DateOnly on)
    {
        var last = LastEvent(app);
        if (on < last)
        {
            throw Refuse("REG012", $"日期 {D(on)} 早于申请 {app.Ref} 已记录的最近日期 {D(last)}", $"the date {D(on)} is before {D(last)}, the latest date already recorded for {app.Ref}");
        }
    }

    /// <summary>The latest date recorded on the application.</summary>
    public static DateOnly LastEvent(Application app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var last = app.ReceivedOn;
        void See(DateOnly? d)
        {
            if (d is { } v && v > last)
            {
                last = v;
            }
        }

        See(app.Correction?.RequestedOn);
        See(app.Correction?.CorrectedReceivedOn);
        foreach (var c in ApplicationDeadlines.Consultations(app))
        {
            See(c.SentOn);
            See(c.AnsweredOn);
        }

        See(app.Extension?.ApprovedOn);
        See(app.Fee?.IssuedOn);
        See(app.Fee?.PaidOn);
        See(app.ClosedOn);
        return last;
    }
}

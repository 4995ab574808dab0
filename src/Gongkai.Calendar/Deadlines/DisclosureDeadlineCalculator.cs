using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Text;
using M = Gongkai.Calendar.CalendarMessages;

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// Computes the deadlines of 《政府信息公开条例》 (2019): reply within 20 working days of receipt (第三十三条第一款), one
/// extension of at most 20 working days (第三十三条第二款), consultation time left out (same paragraph), 补正 within 7
/// working days with the reply period restarting from the corrected application (第三十条), the day of receipt by
/// channel (第三十一条).
/// </summary>
/// <remarks>
/// <para><b>Counting.</b> The day of receipt is day 0; day 1 is the first working day after it, also when receipt falls
/// on a rest day. 第三十一条 fixes the day of receipt as the actual event and has no rule moving it to the next working
/// day, and the day an interval starts is not counted (《民法典》第二百零一条); so a rest day of receipt is simply
/// followed by day 1 on the next working day. The other reading (treat the next working day as the day of receipt,
/// making the day after it day 1) would give one more day; this one is never later than the law allows.</para>
/// <para><b>Pure.</b> <see cref="Compute"/> depends only on its inputs and the calendar; the injected
/// <see cref="TimeProvider"/> is read only by <see cref="GetStatus(DisclosureDeadline)"/> and <see cref="Today"/>.</para>
/// <para>Impossible inputs (an answer before its request, 补正 before receipt) throw <see cref="ArgumentException"/>;
/// lawful-but-irregular ones (补正 asked late, an extension over 20 days) produce warnings.</para>
/// </remarks>
public sealed class DisclosureDeadlineCalculator
{
    /// <summary>第三十三条第一款.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>第三十条.</summary>
    public const int CorrectionWorkingDays = 7;

    /// <summary>第三十三条第二款.</summary>
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>China Standard Time; no daylight saving since 1991.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly TimeProvider _timeProvider;

    public DisclosureDeadlineCalculator(WorkingDayCalendar calendar, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Calendar = calendar;
        _timeProvider = timeProvider;
    }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>Today in China Standard Time, from the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_timeProvider.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>The deadlines of <paramref name="request"/>.</summary>
    public DisclosureDeadline Compute(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckChronology(request);
        var table = Calendar.Table;
        List<Diagnostic>? notes = null;
        void Note(Severity severity, string id, params MessageArg[] args) =>
            (notes ??= []).Add(Diagnostic.Create(id, severity, id, SourceRef.None, args));

        var consultations = request.Consultations.IsDefault ? [] : request.Consultations;
        var receipt = request.Receipt;
        var received = receipt.Date.DayNumber;
        if (receipt.Channel == ReceiptChannel.InPerson && receipt.SubmittedOn is { } submitted && submitted != receipt.Date)
        {
            Note(Severity.Warning, M.InPersonDateMismatch, Date("date", receipt.Date), Date("submitted", submitted));
        }

        if (!table.IsWorking(received))
        {
            Note(Severity.Info, M.ReceivedOnRestDay, Date("date", receipt.Date), Date("first", Day(table.Inverse(table.W(received) + 1))));
        }

        var correctionDue = Day(table.Inverse(table.W(received) + CorrectionWorkingDays));
        var lastDay = correctionDue;
        var correction = request.Correction;
        ReplyClock? clock = null;
        if (correction is not null)
        {
            if (correction.RequestedOn > correctionDue)
            {
                Note(Severity.Warning, M.CorrectionLate, Date("asked", correction.RequestedOn), Date("due", correctionDue));
            }

            lastDay = Max(lastDay, correction.RequestedOn);
            if (correction.CorrectedReceivedOn is { } corrected)
            {
                clock = new ReplyClock(table, corrected, consultations);
            }
            else
            {
                Note(Severity.Info, M.AwaitingCorrection, Date("asked", correction.RequestedOn));
            }
        }
        else
        {
            clock = new ReplyClock(table, receipt.Date, consultations);
        }

        var extension = request.Extension;
        var extensionDays = 0;
        if (extension is not null)
        {
            extensionDays = Math.Min(extension.WorkingDays, MaxExtensionWorkingDays);
            if (extension.WorkingDays > MaxExtensionWorkingDays)
            {
                Note(Severity.Warning, M.ExtensionTooLong, MessageArg.Of("requested", extension.WorkingDays));
            }

            if (string.IsNullOrWhiteSpace(extension.Approver))
            {
                Note(Severity.Warning, M.ExtensionNoApprover);
            }
        }

        DateOnly? reply = null;
        DateOnly? extended = null;
        var pending = clock is null ? DeadlinePending.AwaitingCorrection : DeadlinePending.None;
        int? countedBeforePause = null;
        var excluded = 0;
        if (clock is not null)
        {
            var replyDay = clock.Position(ReplyWorkingDays, out var counted, out excluded);
            if (replyDay is null)
            {
                pending = DeadlinePending.ConsultationOpen;
                countedBeforePause = counted;
            }
            else
            {
                reply = Day(replyDay.Value);
                if (extension is not null)
                {
                    var extendedDay = clock.Position(ReplyWorkingDays + extensionDays, out counted, out excluded);
                    if (extendedDay is null)
                    {
                        pending = DeadlinePending.ConsultationOpen;
                        countedBeforePause = counted;
                    }
                    else
                    {
                        extended = Day(extendedDay.Value);
                    }

                    if (extension.ApprovedOn > reply.Value)
                    {
                        Note(Severity.Warning, M.ExtensionLate, Date("approved", extension.ApprovedOn), Date("due", reply.Value));
                    }
                    else if (extension.ApprovedOn < Day(clock.Start))
                    {
                        Note(Severity.Warning, M.ExtensionEarly, Date("approved", extension.ApprovedOn), Date("start", Day(clock.Start)));
                    }
                }
            }

            lastDay = Max(lastDay, Day(clock.Start));
            var end = extended ?? reply;
            if (end is { } e)
            {
                lastDay = Max(lastDay, e);
            }

            foreach (var c in consultations)
            {
                lastDay = Max(lastDay, c.AnsweredOn ?? c.SentOn);
                if (pending == DeadlinePending.ConsultationOpen && c.AnsweredOn is null)
                {
                    Note(Severity.Info, M.ConsultationOpen, Party(c), Date("sent", c.SentOn), MessageArg.Of("counted", countedBeforePause ?? 0));
                }
                else if (end is { } due && c.SentOn >= due)
                {
                    Note(Severity.Info, M.ConsultationAfterDeadline, Party(c), Date("sent", c.SentOn), Date("due", due));
                }
            }
        }

        if (extension is not null)
        {
            lastDay = Max(lastDay, extension.ApprovedOn);
        }

        var coverage = table.Coverage(received, lastDay.DayNumber);
        if (!coverage.AssumedYears.IsEmpty)
        {
            Note(Severity.Warning, M.UnknownYears, MessageArg.Of("years", string.Join("、", coverage.AssumedYears)), MessageArg.Of("version", Calendar.VersionId));
        }

        if (!coverage.ProvisionalYears.IsEmpty)
        {
            Note(Severity.Warning, M.ProvisionalDecember, MessageArg.Of("years", string.Join("、", coverage.ProvisionalYears)));
        }

        return new DisclosureDeadline(Calendar, request, clock)
        {
            CorrectionDeadline = correctionDue,
            ReplyDeadline = reply,
            ExtendedDeadline = extended,
            ExtensionWorkingDays = extensionDays,
            ExcludedWorkingDays = excluded,
            Pending = pending,
            CountedBeforePause = countedBeforePause,
            Warnings = notes is null ? [] : [.. notes],
            Coverage = coverage,
            ExplainThrough = lastDay,
        };
    }

    /// <summary>Where <paramref name="deadline"/> stands today (by the injected clock, China Standard Time).</summary>
    public DeadlineStatus GetStatus(DisclosureDeadline deadline) => GetStatus(deadline, Today);

    /// <summary>Where <paramref name="deadline"/> stands on <paramref name="today"/>.</summary>
    public static DeadlineStatus GetStatus(DisclosureDeadline deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (deadline.FinalDeadline is not { } due || deadline.Clock is null)
        {
            return new DeadlineStatus(today, null, null, null, deadline.Pending);
        }

        if (today > due)
        {
            return new DeadlineStatus(today, due, null, deadline.Calendar.CountWorkingDays(due, today).Count, DeadlinePending.None);
        }

        var left = deadline.Clock.CountBetween(Math.Max(today.DayNumber, deadline.Clock.Start), due.DayNumber);
        return new DeadlineStatus(today, due, left, null, DeadlinePending.None);
    }

    private static void CheckChronology(DisclosureRequest request)
    {
        var received = request.Receipt.Date;
        if (request.Receipt.Channel != ReceiptChannel.InPerson && request.Receipt.SubmittedOn > received)
        {
            throw new ArgumentException($"submitted on {request.Receipt.SubmittedOn} after the day of receipt {received}", nameof(request));
        }

        if (request.Correction is { } c && (c.RequestedOn < received || c.CorrectedReceivedOn < c.RequestedOn))
        {
            throw new ArgumentException($"补正 dates out of order: received {received}, requested {c.RequestedOn}, corrected {c.CorrectedReceivedOn}", nameof(request));
        }

        foreach (var k in request.Consultations.IsDefault ? [] : request.Consultations)
        {
            if (k.SentOn < received || k.AnsweredOn < k.SentOn)
            {
                throw new ArgumentException($"consultation dates out of order: received {received}, sent {k.SentOn}, answered {k.AnsweredOn}", nameof(request));
            }
        }

        if (request.Extension is { WorkingDays: < 1 } e)
        {
            throw new ArgumentException($"an extension must add at least one working day, not {e.WorkingDays}", nameof(request));
        }
    }

    private static DateOnly Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static MessageArg Date(string name, DateOnly d) => DateText.DateArg(name, d);

    private static MessageArg Party(Consultation c) => c.Kind == ConsultationKind.ThirdParty
        ? new("party", "第三方" + (c.Party is null ? string.Empty : $"（{c.Party}）"), "the third party" + (c.Party is null ? string.Empty : $" ({c.Party})"))
        : new("party", "其他机关" + (c.Party is null ? string.Empty : $"（{c.Party}）"), "another agency" + (c.Party is null ? string.Empty : $" ({c.Party})"));
}

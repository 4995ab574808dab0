using System.Collections.Immutable;

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// Builds the day-by-day account of a computed deadline by walking the days once; kept apart from the calculation so
/// that computing a deadline stays allocation-light and the account is paid for only when someone reads it.
/// </summary>
internal static class DeadlineExplainer
{
    public static DeadlineExplanation Explain(DisclosureDeadline deadline)
    {
        var calendar = deadline.Calendar;
        var request = deadline.Request;
        var received = deadline.ReceivedOn;
        var correction = request.Correction;
        var clockStart = deadline.ClockStart;
        var total = deadline.FinalDeadline is null
            ? int.MaxValue
            : DisclosureDeadlineCalculator.ReplyWorkingDays + deadline.ExtensionWorkingDays;
        var events = Events(deadline);

        var days = ImmutableArray.CreateBuilder<ExplanationDay>();
        var correctionCount = 0;
        var clockCount = 0;
        for (var date = received; date <= deadline.ExplainThrough; date = date.AddDays(1))
        {
            var day = calendar.GetDay(date);
            int? correctionNo = null;
            if (date > received && day.IsWorkingDay && correctionCount < DisclosureDeadlineCalculator.CorrectionWorkingDays)
            {
                correctionNo = ++correctionCount;
            }

            int? clockNo = null;
            ExplanationRole role;
            if (date == received)
            {
                role = ExplanationRole.Receipt;
            }
            else if (correction is not null && (clockStart is null || date < clockStart))
            {
                role = date > correction.RequestedOn ? ExplanationRole.AwaitingCorrection : ExplanationRole.BeforeRestart;
            }
            else if (correction is not null && date == clockStart)
            {
                role = ExplanationRole.Restart;
            }
            else if (clockCount >= total)
            {
                role = ExplanationRole.AfterDeadline;
            }
            else if (!day.IsWorkingDay)
            {
                role = ExplanationRole.RestDay;
            }
            else if (deadline.Clock!.IsExcluded(date.DayNumber))
            {
                role = ExplanationRole.Consultation;
            }
            else
            {
                role = ExplanationRole.Counted;
                clockNo = ++clockCount;
            }

            days.Add(new ExplanationDay(day, role, clockNo, correctionNo, events.GetValueOrDefault(date)));
        }

        return new DeadlineExplanation(deadline, days.ToImmutable());
    }

    private static Dictionary<DateOnly, ExplanationEvents> Events(DisclosureDeadline deadline)
    {
        var events = new Dictionary<DateOnly, ExplanationEvents>();
        void Add(DateOnly? date, ExplanationEvents e)
        {
            if (date is { } d)
            {
                events[d] = events.GetValueOrDefault(d) | e;
            }
        }

        var request = deadline.Request;
        Add(deadline.ReceivedOn, ExplanationEvents.Received);
        Add(deadline.CorrectionDeadline, ExplanationEvents.CorrectionDeadline);
        Add(request.Correction?.RequestedOn, ExplanationEvents.CorrectionRequested);
        Add(request.Correction?.CorrectedReceivedOn, ExplanationEvents.CorrectedReceived);
        foreach (var c in request.Consultations.IsDefault ? [] : request.Consultations)
        {
            Add(c.SentOn, ExplanationEvents.ConsultationSent);
            Add(c.AnsweredOn, ExplanationEvents.ConsultationAnswered);
        }

        Add(deadline.ReplyDeadline, ExplanationEvents.ReplyDeadline);
        Add(request.Extension?.ApprovedOn, ExplanationEvents.ExtensionApproved);
        Add(deadline.ExtendedDeadline, ExplanationEvents.ExtendedDeadline);
        return events;
    }
}

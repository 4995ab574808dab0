using System.Collections.Immutable;
using Gongkai.Calendar;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Cases.Domain;

/// <summary>
/// Turns an application into the calendar engine's <see cref="DisclosureRequest"/> and adds what the engine does not
/// know: the time between a fee notice and its payment is left out of the clock.
/// </summary>
/// <remarks>
/// 109号办法's text on the payment period could not be read (spec §3, [unconfirmed]). The reading here: the applicant
/// has <see cref="PaymentWorkingDays"/> working days after the notice to pay, and the days from the notice (excluded) to
/// the payment (included) are not counted, like a consultation's; the applicant, not the office, holds the case
/// then. The state machine allows no consultation while a notice is unpaid, so the two pauses never overlap.
/// </remarks>
public sealed class ApplicationDeadlines
{
    /// <summary>Working days to pay after the fee notice (the common reading of 109号办法; [unconfirmed]).</summary>
    public const int PaymentWorkingDays = 20;

    public ApplicationDeadlines(WorkingDayCalendar calendar, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calculator = new DisclosureDeadlineCalculator(calendar, timeProvider);
    }

    public DisclosureDeadlineCalculator Calculator { get; }

    public WorkingDayCalendar Calendar => Calculator.Calendar;

    /// <summary>Today in China Standard Time, from the injected clock.</summary>
    public DateOnly Today => Calculator.Today;

    /// <summary>The engine's request for <paramref name="app"/>.</summary>
    public static DisclosureRequest ToRequest(Application app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new DisclosureRequest(new ApplicationReceipt(app.Channel, app.ReceivedOn))
        {
            Correction = app.Correction,
            Consultations = app.Consultations.IsDefault ? [] : app.Consultations,
            Extension = app.Extension,
        };
    }

    /// <summary>The deadlines of <paramref name="app"/> under this calendar.</summary>
    public ApplicationClock Compute(Application app)
    {
        var statutory = Calculator.Compute(ToRequest(app));
        var due = statutory.FinalDeadline;
        var pause = 0;
        if (app.Fee is { } fee && due is { } d)
        {
            if (fee.PaidOn is { } paid)
            {
                if (fee.IssuedOn <= d)
                {
                    pause = Math.Max(0, Calendar.CountWorkingDays(fee.IssuedOn, paid).Count);
                    due = Calendar.AddWorkingDays(d, pause).Date;
                }
            }
            else
            {
                due = null;
            }
        }

        return new ApplicationClock(statutory, due, pause);
    }

    /// <summary>The application with <see cref="Application.DueOn"/> and <see cref="Application.CalendarVersion"/> recomputed.</summary>
    public Application WithDue(Application app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var clock = Compute(app);
        return app with { DueOn = clock.DueOn, CalendarVersion = Calendar.VersionId };
    }

    /// <summary>The last day to pay a notice issued on <paramref name="issuedOn"/>.</summary>
    public DateOnly PaymentDue(DateOnly issuedOn) => Calendar.AddWorkingDays(issuedOn, PaymentWorkingDays).Date;

    /// <summary>Working days left until <paramref name="due"/> counted from <paramref name="today"/> (negative when overdue).</summary>
    public int WorkingDaysUntil(DateOnly today, DateOnly due) => Calendar.CountWorkingDays(today, due).Count;

    internal static ImmutableArray<Consultation> Consultations(Application app) => app.Consultations.IsDefault ? [] : app.Consultations;
}

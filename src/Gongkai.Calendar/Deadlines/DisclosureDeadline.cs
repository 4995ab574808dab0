using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// The deadlines of one application under 《政府信息公开条例》, with the calendar version that produced them and every
/// remark. Immutable; <see cref="Explain"/> builds the day-by-day account on demand.
/// </summary>
public sealed class DisclosureDeadline
{
    private readonly WorkingDayCalendar _calendar;
    private DeadlineExplanation? _explanation;

    internal DisclosureDeadline(WorkingDayCalendar calendar, DisclosureRequest request, ReplyClock? clock)
    {
        _calendar = calendar;
        Request = request;
        Clock = clock;
    }

    /// <summary>The inputs.</summary>
    public DisclosureRequest Request { get; }

    /// <summary>The calendar version used ("2026.1", or "2026.1@2019-03-21" for a calendar as known on a past day).</summary>
    public string CalendarVersionId => _calendar.VersionId;

    /// <summary>The content hash of the calendar data used.</summary>
    public string CalendarContentHash => _calendar.ContentHash;

    /// <summary>The day of receipt (第三十一条).</summary>
    public DateOnly ReceivedOn => Request.Receipt.Date;

    /// <summary>The last day to ask for 补正: the 7th working day after receipt (第三十条).</summary>
    public DateOnly CorrectionDeadline { get; internal init; }

    /// <summary>Day 0 of the reply period: receipt, or receipt of the corrected application; null while awaiting it.</summary>
    public DateOnly? ClockStart => Clock is null ? null : DateOnly.FromDayNumber(Clock.Start);

    /// <summary>The 20th working day of the reply period (第三十三条第一款); null while pending.</summary>
    public DateOnly? ReplyDeadline { get; internal init; }

    /// <summary>The last day after the extension; null without extension or while pending.</summary>
    public DateOnly? ExtendedDeadline { get; internal init; }

    /// <summary>The deadline that binds: the extended one if any, else the reply deadline.</summary>
    public DateOnly? FinalDeadline => Request.Extension is null ? ReplyDeadline : ExtendedDeadline;

    /// <summary>The extension actually applied, in working days (capped at 20); 0 without extension.</summary>
    public int ExtensionWorkingDays { get; internal init; }

    /// <summary>Working days left out for consultations, up to the final deadline (or the pause).</summary>
    public int ExcludedWorkingDays { get; internal init; }

    /// <summary>Why the deadline is not fixed yet, if it is not.</summary>
    public DeadlinePending Pending { get; internal init; }

    /// <summary>With an open consultation: the clock days counted before the pause.</summary>
    public int? CountedBeforePause { get; internal init; }

    /// <summary>Remarks (IDs "DL0xx"): unknown years, late 补正, extension over 20, …; format with <see cref="CalendarMessages.Catalog"/>.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; internal init; } = [];

    /// <summary>What the calendar had to assume for the days used.</summary>
    public CalendarCoverage Coverage { get; internal init; } = CalendarCoverage.Complete;

    /// <summary>The last day the explanation should show.</summary>
    internal DateOnly ExplainThrough { get; init; }

    internal ReplyClock? Clock { get; }

    internal WorkingDayCalendar Calendar => _calendar;

    /// <summary>The day-by-day account (built once, on first call).</summary>
    public DeadlineExplanation Explain() => _explanation ??= DeadlineExplainer.Explain(this);

    public override string ToString() =>
        $"received {DateText.Iso(ReceivedOn)}, reply by {(ReplyDeadline is { } r ? DateText.Iso(r) : Pending.ToString())}" +
        (ExtendedDeadline is { } e ? $", extended to {DateText.Iso(e)}" : string.Empty) + $" [calendar {CalendarVersionId}]";
}

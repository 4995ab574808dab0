using System.Collections.Immutable;

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// A day-by-day account of a deadline, from the day of receipt to the last relevant day (the final deadline, or the
/// last event when later): which days counted (day 1 … day 20 …), which were skipped and why, which make-up working
/// days counted.
/// </summary>
/// <param name="Deadline">The deadline explained.</param>
/// <param name="Days">Every day in order, both ends included.</param>
public sealed record DeadlineExplanation(DisclosureDeadline Deadline, ImmutableArray<ExplanationDay> Days)
{
    /// <summary>The counted days, in order.</summary>
    public IEnumerable<ExplanationDay> CountedDays => Days.Where(d => d.Role == ExplanationRole.Counted);

    /// <summary>The days that were skipped: rest days and consultation days after the clock started.</summary>
    public IEnumerable<ExplanationDay> SkippedDays => Days.Where(d => d.Role is ExplanationRole.RestDay or ExplanationRole.Consultation);
}

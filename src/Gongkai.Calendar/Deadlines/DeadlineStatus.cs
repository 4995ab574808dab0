namespace Gongkai.Calendar.Deadlines;

/// <summary>Where a deadline stands on a given day.</summary>
/// <param name="Today">The day of the assessment (China Standard Time).</param>
/// <param name="Deadline">The binding deadline, or null while pending.</param>
/// <param name="WorkingDaysLeft">
/// Clock days after today up to and including the deadline (today is not counted; consultation days are not counted);
/// 0 on the deadline day; null when overdue or pending.
/// </param>
/// <param name="WorkingDaysOverdue">Working days from the deadline (excluded) to today (included) when overdue; else null.</param>
/// <param name="Pending">Why there is no deadline yet, if so.</param>
public sealed record DeadlineStatus(DateOnly Today, DateOnly? Deadline, int? WorkingDaysLeft, int? WorkingDaysOverdue, DeadlinePending Pending)
{
    public bool IsOverdue => WorkingDaysOverdue is not null;
}

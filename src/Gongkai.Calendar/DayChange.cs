namespace Gongkai.Calendar;

/// <summary>A day whose working status differs between two calendar versions.</summary>
/// <param name="Date">The day.</param>
/// <param name="Old">The day in the old version.</param>
/// <param name="New">The day in the new version.</param>
public readonly record struct DayChange(DateOnly Date, CalendarDay Old, CalendarDay New)
{
    /// <summary>True when the day became a working day (e.g. a make-up day); false when it became a day off.</summary>
    public bool BecameWorkingDay => New.IsWorkingDay;
}

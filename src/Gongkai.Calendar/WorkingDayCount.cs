namespace Gongkai.Calendar;

/// <summary>A number of working days, with what the calendar had to assume to count them.</summary>
/// <param name="Count">The count; negative when the interval runs backwards.</param>
/// <param name="Coverage">Assumptions made for the days counted.</param>
public readonly record struct WorkingDayCount(int Count, CalendarCoverage Coverage)
{
    public bool IsCertain => Coverage.IsComplete;
}

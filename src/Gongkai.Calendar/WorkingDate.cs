namespace Gongkai.Calendar;

/// <summary>A date the calendar computed, with what it had to assume to compute it.</summary>
/// <param name="Date">The date; always a working day (by the assumption, for unknown years).</param>
/// <param name="Coverage">Assumptions made for the days passed through.</param>
public readonly record struct WorkingDate(DateOnly Date, CalendarCoverage Coverage)
{
    /// <summary>True when no day passed through was assumed or provisional.</summary>
    public bool IsCertain => Coverage.IsComplete;

    public override string ToString() => IsCertain ? DateText.Iso(Date) : $"{DateText.Iso(Date)} ({Coverage})";
}

namespace Gongkai.Calendar;

/// <summary>Why a day is or is not a working day.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday–Friday: a working day.</summary>
    Workday = 0,

    /// <summary>An ordinary Saturday or Sunday: a rest day.</summary>
    Weekend = 1,

    /// <summary>A Monday–Friday off in a holiday period (statutory holiday, 补假 or 调休 bridging day).</summary>
    Holiday = 2,

    /// <summary>A Saturday or Sunday inside a holiday period's range: a rest day anyway, labelled with the period.</summary>
    HolidayWeekend = 3,

    /// <summary>A Saturday or Sunday made a working day (调休上班, "补班") for a period: it counts.</summary>
    MakeUpWorkday = 4,
}

namespace Gongkai.Calendar;

/// <summary>
/// Closed-form Monday–Friday arithmetic on <see cref="DateOnly.DayNumber"/> (day 0 = 0001-01-01, a Monday), used for
/// days outside the precomputed table: O(1) however far away.
/// </summary>
internal static class WeekdayMath
{
    public static bool IsWeekend(int dayNumber) => dayNumber % 7 >= 5;

    /// <summary>Monday–Friday days in [0, <paramref name="dayNumber"/>]; 0 for -1.</summary>
    public static int WeekdaysThrough(int dayNumber)
    {
        var n = dayNumber + 1;
        return (n / 7 * 5) + Math.Min(n % 7, 5);
    }

    /// <summary>The day number of the <paramref name="m"/>-th Monday–Friday (1-based) counted from day 0.</summary>
    public static int NthWeekday(int m)
    {
        if (m < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(m), m, "before 0001-01-01");
        }

        return ((m - 1) / 5 * 7) + ((m - 1) % 5);
    }
}

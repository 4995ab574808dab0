using System.Collections.Immutable;

namespace Gongkai.Calendar.Data;

/// <summary>
/// What a notice says about one holiday period: the days off as a range, the weekdays in it that are therefore not
/// working days, and the weekend days moved to be working days (调休上班).
/// </summary>
/// <param name="From">First day off, as the notice states it; it may be a Saturday or Sunday.</param>
/// <param name="To">Last day off; the range <see cref="From"/>..<see cref="To"/> <b>includes</b> both ends.</param>
/// <param name="Off">
/// Every Monday–Friday inside the range. Redundant with the range on purpose: the validator checks that the two
/// agree, which catches a mistyped range or a forgotten day (the classic error with the 2020 extension's 01-31).
/// </param>
/// <param name="Work">The Saturdays and Sundays that become working days; always outside the range.</param>
public sealed record PeriodArrangement(
    DateOnly From,
    DateOnly To,
    ImmutableArray<DateOnly> Off,
    ImmutableArray<DateOnly> Work)
{
    /// <summary>True when <paramref name="date"/> lies in <see cref="From"/>..<see cref="To"/> (both included).</summary>
    public bool Covers(DateOnly date) => date >= From && date <= To;

    /// <summary>Calendar days from <see cref="From"/> to <see cref="To"/>, both included (the "共N天" of a notice).</summary>
    public int LengthInDays => To.DayNumber - From.DayNumber + 1;
}

using System.Collections.Immutable;

namespace Gongkai.Calendar;

/// <summary>
/// The days whose working status changed between two calendar versions, and the years that became known or unknown:
/// what an amendment or a new year's notice changes. Used to find open cases whose deadlines must be re-dated.
/// </summary>
/// <remarks>
/// Only working ↔ rest changes are listed: a day that keeps its status but gains a label (a weekend now inside a
/// holiday range), or whose certainty changes without changing status, does not move any deadline.
/// </remarks>
public sealed class CalendarDiff
{
    private CalendarDiff(string oldVersionId, string newVersionId, ImmutableArray<DayChange> changes, ImmutableArray<int> yearsAdded, ImmutableArray<int> yearsRemoved)
    {
        OldVersionId = oldVersionId;
        NewVersionId = newVersionId;
        Changes = changes;
        YearsAdded = yearsAdded;
        YearsRemoved = yearsRemoved;
    }

    public string OldVersionId { get; }

    public string NewVersionId { get; }

    /// <summary>Changed days, in date order.</summary>
    public ImmutableArray<DayChange> Changes { get; }

    /// <summary>Years whose notice is in the new version only.</summary>
    public ImmutableArray<int> YearsAdded { get; }

    /// <summary>Years whose notice is in the old version only.</summary>
    public ImmutableArray<int> YearsRemoved { get; }

    /// <summary>True when no working status changed.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>Compares every day covered by either calendar's table (outside both, both assume Monday–Friday).</summary>
    public static CalendarDiff Between(WorkingDayCalendar oldCalendar, WorkingDayCalendar newCalendar)
    {
        ArgumentNullException.ThrowIfNull(oldCalendar);
        ArgumentNullException.ThrowIfNull(newCalendar);
        var from = Min(oldCalendar.TableStart, newCalendar.TableStart);
        var to = Max(oldCalendar.TableEnd, newCalendar.TableEnd);
        var changes = ImmutableArray.CreateBuilder<DayChange>();
        for (var d = from.DayNumber; d <= to.DayNumber; d++)
        {
            if (oldCalendar.Table.IsWorking(d) != newCalendar.Table.IsWorking(d))
            {
                var date = DateOnly.FromDayNumber(d);
                changes.Add(new DayChange(date, oldCalendar.GetDay(date), newCalendar.GetDay(date)));
            }
        }

        return new CalendarDiff(
            oldCalendar.VersionId,
            newCalendar.VersionId,
            changes.ToImmutable(),
            [.. newCalendar.KnownYears.Except(oldCalendar.KnownYears)],
            [.. oldCalendar.KnownYears.Except(newCalendar.KnownYears)]);
    }

    /// <summary>
    /// True when a count over (<paramref name="after"/>, <paramref name="through"/>] could differ: some changed day lies
    /// in it. A deadline counted from <c>after</c> that fell on <c>through</c> in the old version keeps its date in the
    /// new one exactly when this is false (days after the old deadline cannot move it unless an earlier one does).
    /// </summary>
    public bool Affects(DateOnly after, DateOnly through)
    {
        foreach (var c in Changes)
        {
            if (c.Date > after && c.Date <= through)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

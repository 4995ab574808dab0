using System.Collections.Immutable;

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// The reply clock of one application: working days after its start, less the working days of consultations. The
/// consultations are merged into disjoint intervals (sent, answered], so overlapping ones exclude a day once.
/// </summary>
/// <remarks>O(number of consultations) per position, each step an O(1) calendar look-up.</remarks>
internal sealed class ReplyClock
{
    public const int Open = int.MaxValue;

    private readonly DayTable _table;
    private readonly (int After, int Through)[] _exclusions;

    public ReplyClock(DayTable table, DateOnly start, ImmutableArray<Consultation> consultations)
    {
        _table = table;
        Start = start.DayNumber;
        _exclusions = Merge(consultations);
    }

    /// <summary>Day 0 of the clock (receipt, or receipt of the corrected application).</summary>
    public int Start { get; }

    /// <summary>Excluded intervals (after, through], merged and ordered; Through = <see cref="Open"/> while unanswered.</summary>
    public ReadOnlySpan<(int After, int Through)> Exclusions => _exclusions;

    /// <summary>
    /// The day on which the clock reaches <paramref name="k"/> (≥ 1), or null when an open consultation pauses it
    /// first; <paramref name="counted"/> is then the count reached, and <paramref name="excluded"/> the working days
    /// left out before the result.
    /// </summary>
    public int? Position(int k, out int counted, out int excluded)
    {
        var cursor = Start;
        var remaining = k;
        excluded = 0;
        foreach (var (after, through) in _exclusions)
        {
            if (through <= cursor)
            {
                continue;
            }

            if (after > cursor)
            {
                var available = _table.W(after) - _table.W(cursor);
                if (available >= remaining)
                {
                    counted = k;
                    return _table.Inverse(_table.W(cursor) + remaining);
                }

                remaining -= available;
            }

            if (through == Open)
            {
                counted = k - remaining;
                return null;
            }

            excluded += _table.W(through) - _table.W(Math.Max(after, cursor));
            cursor = through;
        }

        counted = k;
        return _table.Inverse(_table.W(cursor) + remaining);
    }

    /// <summary>True when the day lies in an excluded interval.</summary>
    public bool IsExcluded(int day)
    {
        foreach (var (after, through) in _exclusions)
        {
            if (day > after && day <= through)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clock days in (<paramref name="after"/>, <paramref name="through"/>]: working days less excluded ones.</summary>
    public int CountBetween(int after, int through)
    {
        if (through <= after)
        {
            return 0;
        }

        var count = _table.W(through) - _table.W(after);
        foreach (var (a, t) in _exclusions)
        {
            var lo = Math.Max(a, after);
            var hi = Math.Min(t, through);
            if (hi > lo)
            {
                count -= _table.W(hi) - _table.W(lo);
            }
        }

        return count;
    }

    private static (int, int)[] Merge(ImmutableArray<Consultation> consultations)
    {
        if (consultations.IsDefaultOrEmpty)
        {
            return [];
        }

        var spans = consultations
            .Select(c => (After: c.SentOn.DayNumber, Through: c.AnsweredOn?.DayNumber ?? Open))
            .Where(s => s.Through > s.After)
            .OrderBy(s => s.After)
            .ToList();
        var merged = new List<(int, int)>(spans.Count);
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.After <= merged[^1].Item2)
            {
                merged[^1] = (merged[^1].Item1, Math.Max(merged[^1].Item2, s.Through));
            }
            else
            {
                merged.Add(s);
            }
        }

        return [.. merged];
    }
}

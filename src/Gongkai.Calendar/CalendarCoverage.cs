using System.Collections.Immutable;

namespace Gongkai.Calendar;

/// <summary>
/// Which parts of a computation rested on assumptions rather than data: years whose notice is missing (counted as
/// Monday–Friday) and years whose late December may still change. Carried by every count and date so that an
/// assumption is never silent.
/// </summary>
public sealed class CalendarCoverage
{
    private CalendarCoverage(ImmutableArray<int> assumedYears, ImmutableArray<int> provisionalYears)
    {
        AssumedYears = assumedYears;
        ProvisionalYears = provisionalYears;
    }

    /// <summary>Everything came from the data.</summary>
    public static CalendarCoverage Complete { get; } = new([], []);

    /// <summary>Years without a notice in the data that the computation passed through, ascending.</summary>
    public ImmutableArray<int> AssumedYears { get; }

    /// <summary>Known years whose last days of December were used while the next year's notice is missing.</summary>
    public ImmutableArray<int> ProvisionalYears { get; }

    /// <summary>True when nothing was assumed.</summary>
    public bool IsComplete => AssumedYears.IsEmpty && ProvisionalYears.IsEmpty;

    public static CalendarCoverage Of(IEnumerable<int> assumedYears, IEnumerable<int> provisionalYears)
    {
        ImmutableArray<int> a = [.. assumedYears.Distinct().Order()];
        ImmutableArray<int> p = [.. provisionalYears.Distinct().Order()];
        return a.IsEmpty && p.IsEmpty ? Complete : new(a, p);
    }

    /// <summary>Both coverages together.</summary>
    public CalendarCoverage Union(CalendarCoverage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsComplete)
        {
            return this;
        }

        return IsComplete ? other : Of(AssumedYears.Concat(other.AssumedYears), ProvisionalYears.Concat(other.ProvisionalYears));
    }

    public override string ToString() => IsComplete
        ? "complete"
        : $"assumed [{string.Join(",", AssumedYears)}] provisional [{string.Join(",", ProvisionalYears)}]";
}

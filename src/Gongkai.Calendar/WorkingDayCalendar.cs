using System.Collections.Immutable;
using Gongkai.Calendar.Data;

namespace Gongkai.Calendar;

/// <summary>
/// China's statutory working-day calendar: Monday–Friday, less the weekdays off in the State Council's holiday
/// notices, plus the weekends those notices make working days (调休上班).
/// </summary>
/// <remarks>
/// <para><b>Counting convention.</b> The start day is never counted: in <see cref="AddWorkingDays"/> the first working
/// day <i>after</i> the start is day 1, and <see cref="CountWorkingDays"/> counts the interval (from, to], excluding
/// <c>from</c> and including <c>to</c>. This is the convention of 《民法典》第二百零一条 (the day an interval starts is not
/// counted) and makes the two operations inverse.</para>
/// <para><b>Unknown years.</b> A day in a year whose notice is not in the data is <see cref="DayCertainty.Unknown"/>.
/// It is counted as Monday–Friday, and every result that passed through it says which years were assumed in its
/// <see cref="CalendarCoverage"/>.</para>
/// <para><b>Speed.</b> All queries are O(1) table look-ups (see <see cref="DayTable"/>); a calendar is immutable and
/// thread-safe, so build it once per data version.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> LazyDefault = new(() => Create(HolidayCalendarSource.Embedded));

    private WorkingDayCalendar(HolidayDataSet data, string contentHash)
    {
        Data = data;
        ContentHash = contentHash;
        Table = new DayTable(data);
        KnownYears = [.. data.Years.Select(y => y.Year).Order()];
    }

    /// <summary>The calendar of the data shipped with this assembly, final arrangements.</summary>
    public static WorkingDayCalendar Default => LazyDefault.Value;

    /// <summary>"2026.1", or "2026.1@2019-03-21" for a calendar as known on a past day.</summary>
    public string VersionId => Data.VersionId;

    /// <summary>The content hash of the source data ("sha256:…").</summary>
    public string ContentHash { get; }

    /// <summary>The data the calendar was built from.</summary>
    public HolidayDataSet Data { get; }

    /// <summary>The years whose notice is in the data, ascending.</summary>
    public ImmutableArray<int> KnownYears { get; }

    /// <summary>First day of the precomputed table (outside it every day is unknown and Monday–Friday is assumed).</summary>
    public DateOnly TableStart => Table.First;

    /// <summary>Last day of the precomputed table, included.</summary>
    public DateOnly TableEnd => Table.Last;

    internal DayTable Table { get; }

    /// <summary>
    /// A calendar from <paramref name="source"/>, refusing data with validation errors
    /// (<see cref="InvalidHolidayDataException"/>). Warnings do not stop it.
    /// </summary>
    public static WorkingDayCalendar Create(IHolidayCalendarSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfInvalid(source);
        return new WorkingDayCalendar(source.Data, source.ContentHash);
    }

    /// <summary>
    /// The calendar as it could be known on <paramref name="asOf"/>: only notices published by then, and amended periods
    /// in their original form when the amendment came later. Reproduces a deadline computed on that day.
    /// </summary>
    public static WorkingDayCalendar Create(IHolidayCalendarSource source, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfInvalid(source);
        return new WorkingDayCalendar(source.Data.AsOf(asOf), source.ContentHash);
    }

    /// <summary>True when the notice for <paramref name="year"/> is in the data.</summary>
    public bool IsKnownYear(int year) => Table.IsKnownYear(year);

    /// <summary>
    /// Whether the day is a working day. For a day in an unknown year this is the Monday–Friday assumption; use
    /// <see cref="GetDay"/> to see the certainty.
    /// </summary>
    public bool IsWorkingDay(DateOnly date) => Table.IsWorking(date.DayNumber);

    /// <summary>The day with its reason (weekend, holiday name, make-up working day and its period) and certainty.</summary>
    public CalendarDay GetDay(DateOnly date) => Table.Day(date);

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>: the first working day after the start is
    /// day 1, whether or not the start itself is a working day. The result is always a working day. For n = 0 the
    /// result is <paramref name="start"/> itself when it is a working day, otherwise the next working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative, or the result would pass 9999-12-31.</exception>
    public WorkingDate AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var s = start.DayNumber;
        var k = n == 0 ? Table.W(s - 1) + 1 : Table.W(s) + n;
        var result = Table.Inverse(k);
        if (result > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "the result would be after 9999-12-31");
        }

        return new WorkingDate(DateOnly.FromDayNumber(result), Table.Coverage(n == 0 ? s - 1 : s, result));
    }

    /// <summary>The first working day strictly after <paramref name="date"/> (= <c>AddWorkingDays(date, 1)</c>).</summary>
    public WorkingDate NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>
    /// Working days in (<paramref name="from"/>, <paramref name="to"/>]: <paramref name="from"/> excluded,
    /// <paramref name="to"/> included. Zero when they are equal; negative (the count of (to, from]) when
    /// <paramref name="to"/> is earlier. Inverse of <see cref="AddWorkingDays"/>: for n ≥ 1,
    /// <c>CountWorkingDays(d, AddWorkingDays(d, n).Date).Count == n</c>.
    /// </summary>
    public WorkingDayCount CountWorkingDays(DateOnly from, DateOnly to)
    {
        var a = from.DayNumber;
        var b = to.DayNumber;
        return a <= b
            ? new WorkingDayCount(Table.W(b) - Table.W(a), Table.Coverage(a, b))
            : new WorkingDayCount(Table.W(b) - Table.W(a), Table.Coverage(b, a));
    }

    /// <summary>What would be assumed for the days in (<paramref name="after"/>, <paramref name="through"/>].</summary>
    public CalendarCoverage GetCoverage(DateOnly after, DateOnly through) => Table.Coverage(after.DayNumber, through.DayNumber);

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IEnumerable<CalendarDay> Days(DateOnly from, DateOnly to)
    {
        for (var d = from.DayNumber; d <= to.DayNumber; d++)
        {
            yield return Table.Day(DateOnly.FromDayNumber(d));
        }
    }

    public override string ToString() => $"WorkingDayCalendar {VersionId} ({ContentHash[..Math.Min(ContentHash.Length, 19)]})";

    private static void ThrowIfInvalid(IHolidayCalendarSource source)
    {
        var errors = source.Validate().Where(d => d.Severity == Diagnostics.Severity.Error).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            throw new InvalidHolidayDataException(
                $"日历数据 {source.VersionId} 未通过校验（{errors.Length} 个错误）/ calendar data {source.VersionId} failed validation ({errors.Length} errors): {string.Join(", ", errors.Select(e => e.Id).Distinct())}",
                errors);
        }
    }
}

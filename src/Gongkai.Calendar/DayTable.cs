using Gongkai.Calendar.Data;

namespace Gongkai.Calendar;

/// <summary>
/// The precomputed calendar: one entry per day from 1 January of the year before the first notice to 31 December of
/// the year after the last, with prefix sums of working days and of uncertain days, and the list of working days.
/// </summary>
/// <remarks>
/// <para>W(x) is the number of working days up to and including day x, anchored so that W(first − 1) = 0; outside the
/// table it continues with Monday–Friday arithmetic. Then the working days in (a, b] are W(b) − W(a), and the n-th
/// working day after a is the smallest x with W(x) ≥ W(a) + n, found by index in the table and in closed form outside
/// it. Both are O(1) for any dates.</para>
/// <para>About 4,000 days for 2019–2026: a few tens of kilobytes.</para>
/// </remarks>
internal sealed class DayTable
{
    /// <summary>From this day on, late December of a known year is provisional while the next year is unknown.</summary>
    public const int ProvisionalFromDecemberDay = 22;

    private readonly int _first;
    private readonly int _length;
    private readonly DayKind[] _kind;
    private readonly DayCertainty[] _certainty;
    private readonly short[] _period;
    private readonly int[] _workingPrefix;
    private readonly int[] _workingDays;
    private readonly int[] _uncertainPrefix;
    private readonly HolidayPeriod[] _periods;
    private readonly HashSet<int> _knownYears;
    private readonly int _weekdaysBeforeFirst;
    private readonly int _weekdaysThroughLast;

    public DayTable(HolidayDataSet data)
    {
        _knownYears = [.. data.Years.Select(y => y.Year)];
        var dates = data.Years.SelectMany(y => y.Periods.SelectMany(p => new[] { p.Arrangement.From, p.Arrangement.To }.Concat(p.Arrangement.Work))).ToList();
        var minYear = Math.Min(_knownYears.Count == 0 ? 2000 : _knownYears.Min(), dates.Count == 0 ? int.MaxValue : dates.Min().Year);
        var maxYear = Math.Max(_knownYears.Count == 0 ? 2000 : _knownYears.Max(), dates.Count == 0 ? int.MinValue : dates.Max().Year);
        _first = new DateOnly(Math.Max(1, minYear - 1), 1, 1).DayNumber;
        var last = new DateOnly(Math.Min(9999, maxYear + 1), 12, 31).DayNumber;
        _length = last - _first + 1;
        _kind = new DayKind[_length];
        _certainty = new DayCertainty[_length];
        _period = new short[_length];
        var periods = new List<HolidayPeriod>();

        for (var i = 0; i < _length; i++)
        {
            var date = DateOnly.FromDayNumber(_first + i);
            _kind[i] = WeekdayMath.IsWeekend(_first + i) ? DayKind.Weekend : DayKind.Workday;
            _period[i] = -1;
            _certainty[i] = !_knownYears.Contains(date.Year) ? DayCertainty.Unknown
                : date.Month == 12 && date.Day >= ProvisionalFromDecemberDay && !_knownYears.Contains(date.Year + 1) ? DayCertainty.Provisional
                : DayCertainty.Known;
        }

        foreach (var p in data.Years.SelectMany(y => y.Periods))
        {
            var index = (short)periods.Count;
            periods.Add(p);
            var a = p.Arrangement;
            for (var d = a.From; d <= a.To; d = d.AddDays(1))
            {
                Mark(d, DateText.IsWeekend(d) ? DayKind.HolidayWeekend : DayKind.Holiday, index);
            }

            foreach (var d in a.Off)
            {
                Mark(d, DayKind.Holiday, index);
            }

            foreach (var d in a.Work)
            {
                Mark(d, DayKind.MakeUpWorkday, index);
            }
        }

        _periods = [.. periods];
        _workingPrefix = new int[_length + 1];
        _uncertainPrefix = new int[_length + 1];
        var working = new List<int>(_length);
        for (var i = 0; i < _length; i++)
        {
            var isWorking = _kind[i] is DayKind.Workday or DayKind.MakeUpWorkday;
            _workingPrefix[i + 1] = _workingPrefix[i] + (isWorking ? 1 : 0);
            _uncertainPrefix[i + 1] = _uncertainPrefix[i] + (_certainty[i] == DayCertainty.Known ? 0 : 1);
            if (isWorking)
            {
                working.Add(i);
            }
        }

        _workingDays = [.. working];
        _weekdaysBeforeFirst = WeekdayMath.WeekdaysThrough(_first - 1);
        _weekdaysThroughLast = WeekdayMath.WeekdaysThrough(last);
    }

    private void Mark(DateOnly date, DayKind kind, short period)
    {
        var i = date.DayNumber - _first;
        if ((uint)i < (uint)_length)
        {
            _kind[i] = kind;
            _period[i] = period;
            _certainty[i] = DayCertainty.Known;
        }
    }

    /// <summary>First day of the table.</summary>
    public DateOnly First => DateOnly.FromDayNumber(_first);

    /// <summary>Last day of the table (included).</summary>
    public DateOnly Last => DateOnly.FromDayNumber(_first + _length - 1);

    public bool IsKnownYear(int year) => _knownYears.Contains(year);

    public bool IsWorking(int dayNumber)
    {
        var i = dayNumber - _first;
        return (uint)i < (uint)_length
            ? _kind[i] is DayKind.Workday or DayKind.MakeUpWorkday
            : !WeekdayMath.IsWeekend(dayNumber);
    }

    public CalendarDay Day(DateOnly date)
    {
        var i = date.DayNumber - _first;
        if ((uint)i >= (uint)_length)
        {
            var weekend = WeekdayMath.IsWeekend(date.DayNumber);
            return new(date, !weekend, weekend ? DayKind.Weekend : DayKind.Workday, DayCertainty.Unknown, null);
        }

        var kind = _kind[i];
        var period = _period[i] < 0 ? null : _periods[_period[i]];
        return new(date, kind is DayKind.Workday or DayKind.MakeUpWorkday, kind, _certainty[i], period);
    }

    /// <summary>Working days up to and including <paramref name="dayNumber"/>, relative to the table start.</summary>
    public int W(int dayNumber)
    {
        var i = dayNumber - _first;
        if (i < 0)
        {
            return WeekdayMath.WeekdaysThrough(dayNumber) - _weekdaysBeforeFirst;
        }

        return i < _length
            ? _workingPrefix[i + 1]
            : _workingPrefix[_length] + WeekdayMath.WeekdaysThrough(dayNumber) - _weekdaysThroughLast;
    }

    /// <summary>The smallest day x with W(x) ≥ <paramref name="k"/>; always a working day.</summary>
    public int Inverse(int k)
    {
        if (k <= 0)
        {
            return WeekdayMath.NthWeekday(k + _weekdaysBeforeFirst);
        }

        var total = _workingPrefix[_length];
        return k <= total ? _first + _workingDays[k - 1] : WeekdayMath.NthWeekday(k - total + _weekdaysThroughLast);
    }

    /// <summary>Uncertain (provisional or unknown) days up to and including the day, with U(first − 1) = 0.</summary>
    public long U(int dayNumber)
    {
        var i = dayNumber - _first;
        if (i < 0)
        {
            return i + 1L;
        }

        return i < _length ? _uncertainPrefix[i + 1] : _uncertainPrefix[_length] + (long)(i - _length + 1);
    }

    /// <summary>What was assumed for the days in (<paramref name="after"/>, <paramref name="through"/>].</summary>
    public CalendarCoverage Coverage(int after, int through)
    {
        if (through <= after || U(through) == U(after))
        {
            return CalendarCoverage.Complete;
        }

        var assumed = new List<int>();
        var provisional = new List<int>();
        var lastYear = DateOnly.FromDayNumber(through).Year;
        for (var y = DateOnly.FromDayNumber(after + 1).Year; y <= lastYear; y++)
        {
            var start = Math.Max(after, new DateOnly(y, 1, 1).DayNumber - 1);
            var end = Math.Min(through, new DateOnly(y, 12, 31).DayNumber);
            if (U(end) != U(start))
            {
                (_knownYears.Contains(y) ? provisional : assumed).Add(y);
            }
        }

        return CalendarCoverage.Of(assumed, provisional);
    }
}

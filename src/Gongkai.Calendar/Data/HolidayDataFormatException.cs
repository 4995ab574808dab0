namespace Gongkai.Calendar.Data;

/// <summary>
/// The calendar data could not be read at all: not JSON, an unknown field, a missing required field, a date that is
/// not ISO yyyy-MM-dd. Data that reads but is wrong (a weekend listed as a day off) is reported by
/// <see cref="IHolidayCalendarSource.Validate"/> instead.
/// </summary>
public sealed class HolidayDataFormatException : Exception
{
    public HolidayDataFormatException()
    {
    }

    public HolidayDataFormatException(string message)
        : base(message)
    {
    }

    public HolidayDataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

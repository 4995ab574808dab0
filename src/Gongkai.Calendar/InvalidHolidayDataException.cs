using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar;

/// <summary>
/// Calendar data failed validation, so no calendar was built from it: deadlines computed from wrong data are worse
/// than none. <see cref="Issues"/> lists every problem (format them with <see cref="CalendarMessages.Catalog"/>).
/// </summary>
public sealed class InvalidHolidayDataException : Exception
{
    public InvalidHolidayDataException()
    {
    }

    public InvalidHolidayDataException(string message)
        : base(message)
    {
    }

    public InvalidHolidayDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidHolidayDataException(string message, ImmutableArray<Diagnostic> issues)
        : base(message) => Issues = issues;

    /// <summary>The problems found.</summary>
    public ImmutableArray<Diagnostic> Issues { get; } = [];
}

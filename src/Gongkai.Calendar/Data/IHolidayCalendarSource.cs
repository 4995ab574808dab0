using System.Collections.Immutable;
using Gongkai.Diagnostics;

namespace Gongkai.Calendar.Data;

/// <summary>
/// Where holiday data comes from, after NodaTime's <c>IDateTimeZoneSource</c>: the shipped data, or a newer file
/// supplied at run time (a new year's notice, an amendment) without a new release.
/// </summary>
public interface IHolidayCalendarSource
{
    /// <summary>
    /// Identifies the data exactly ("2026.1"); every deadline records it so that it can be recomputed and, when the
    /// data changes, re-dated.
    /// </summary>
    string VersionId { get; }

    /// <summary>The SHA-256 of the content as computed (not as declared), "sha256:…".</summary>
    string ContentHash { get; }

    /// <summary>The data.</summary>
    HolidayDataSet Data { get; }

    /// <summary>
    /// Every problem found in the data; empty when it is sound. <see cref="WorkingDayCalendar.Create(IHolidayCalendarSource)"/>
    /// refuses data with errors.
    /// </summary>
    ImmutableArray<Diagnostic> Validate();
}

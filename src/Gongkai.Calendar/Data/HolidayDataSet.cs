using System.Collections.Immutable;
using System.Globalization;

namespace Gongkai.Calendar.Data;

/// <summary>
/// A whole calendar data file: its format, its version label, the content hash it declares, and the years.
/// </summary>
/// <remarks>
/// Immutable. <see cref="AsOf"/> derives the data as it was knowable on a given day (only notices published by then),
/// which is how a deadline computed in the past is reproduced and how an amendment's effect is measured.
/// </remarks>
public sealed record HolidayDataSet
{
    /// <summary>The only format this library reads.</summary>
    public const string CurrentFormat = "gongkai.holidays/1";

    public HolidayDataSet(string format, string version, string declaredContentHash, string jurisdiction, string description, ImmutableArray<HolidayYear> years)
    {
        Format = format;
        Version = version;
        DeclaredContentHash = declaredContentHash;
        Jurisdiction = jurisdiction;
        Description = description;
        Years = years.IsDefault ? [] : years;
    }

    /// <summary>The format identifier, <see cref="CurrentFormat"/>.</summary>
    public string Format { get; }

    /// <summary>The data's version label ("2026.1"): the year of the latest notice and a revision number.</summary>
    public string Version { get; }

    /// <summary>The hash written in the file; <see cref="ComputeContentHash"/> must give the same value.</summary>
    public string DeclaredContentHash { get; }

    /// <summary>"CN".</summary>
    public string Jurisdiction { get; }

    /// <summary>What the data covers, in both languages.</summary>
    public string Description { get; }

    /// <summary>The years, in ascending order.</summary>
    public ImmutableArray<HolidayYear> Years { get; }

    /// <summary>Set on a derived data set: the day whose knowledge it reflects; null for the data as shipped.</summary>
    public DateOnly? AsOfDate { get; init; }

    /// <summary>
    /// "2026.1" for the data as shipped, "2026.1@2019-03-21" for the data as known on 2019-03-21. Recorded with every
    /// deadline so that the same inputs and the same data give the same date again.
    /// </summary>
    public string VersionId => AsOfDate is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Version}@{d:yyyy-MM-dd}")
        : Version;

    /// <summary>The year entry, or null when that year's notice is not in the data.</summary>
    public HolidayYear? FindYear(int year)
    {
        foreach (var y in Years)
        {
            if (y.Year == year)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The SHA-256 of the content ("sha256:" + 64 hex digits); see <see cref="ContentHasher"/>.</summary>
    public string ComputeContentHash() => ContentHasher.Compute(this);

    /// <summary>
    /// The data as it could be known on <paramref name="asOf"/>: years whose notice was published on or before that day,
    /// and for each amended period the original arrangement when the amending notice was published after it (a period
    /// created by an amendment is left out).
    /// </summary>
    public HolidayDataSet AsOf(DateOnly asOf)
    {
        var years = ImmutableArray.CreateBuilder<HolidayYear>();
        foreach (var y in Years)
        {
            if (y.Notice.Published > asOf)
            {
                continue;
            }

            var periods = ImmutableArray.CreateBuilder<HolidayPeriod>(y.Periods.Length);
            foreach (var p in y.Periods)
            {
                var amendment = p.AmendedBy is null ? null : y.FindAmendment(p.AmendedBy);
                if (amendment is null || amendment.Published <= asOf)
                {
                    periods.Add(p);
                }
                else if (p.Original is not null)
                {
                    periods.Add(p with { Arrangement = p.Original, AmendedBy = null, Original = null });
                }
            }

            years.Add(y with
            {
                Periods = periods.ToImmutable(),
                Amendments = [.. y.Amendments.Where(a => a.Published <= asOf)],
            });
        }

        return new HolidayDataSet(Format, Version, DeclaredContentHash, Jurisdiction, Description, years.ToImmutable()) { AsOfDate = asOf };
    }
}

using System.Globalization;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Calendar.Tests;

/// <summary>Short helpers shared by the tests.</summary>
internal static class T
{
    public static WorkingDayCalendar Cal => WorkingDayCalendar.Default;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DisclosureDeadlineCalculator Calculator(WorkingDayCalendar? calendar = null, string? todayUtc = null) =>
        new(calendar ?? Cal, new FixedTimeProvider(DateTimeOffset.Parse(todayUtc ?? "2024-01-01T00:00:00Z", CultureInfo.InvariantCulture)));

    public static DisclosureDeadline Compute(DisclosureRequest request) => Calculator().Compute(request);
}

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}

/// <summary>Where the repository and the shared specification are (see tests/Shared/TestPaths.cs).</summary>
internal static class RepoPaths
{
    public static string? RepositoryRoot => Gongkai.Tests.TestPaths.RepoRoot;

    /// <summary>../shared/spec next to the repository, or null when it is not there (e.g. a clone on its own).</summary>
    public static string? SharedSpecDirectory =>
        Gongkai.Tests.TestPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "spec")) ? Path.Combine(shared, "spec") : null;
}

public sealed class SharedSpecFactAttribute : FactAttribute
{
    public SharedSpecFactAttribute()
    {
        if (RepoPaths.SharedSpecDirectory is null)
        {
            Skip = "../shared/spec not found next to the repository root (the folder holding Gongkai.slnx): the cross-check against the shared spec needs it";
        }
    }
}

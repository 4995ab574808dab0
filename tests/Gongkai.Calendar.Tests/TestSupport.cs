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

/// <summary>Where the repository and the shared specification are, found by walking up to Gongkai.slnx.</summary>
internal static class RepoPaths
{
    public static string? RepositoryRoot { get; } = FindRoot();

    /// <summary>../shared/spec next to the repository, or null when it is not there (e.g. a clone on its own).</summary>
    public static string? SharedSpecDirectory { get; } = RepositoryRoot is null ? null : Existing(Path.Combine(RepositoryRoot, "..", "shared", "spec"));

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? Existing(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;
}

/// <summary>A fact that is skipped, with a clear message, when ../shared/spec is absent.</summary>
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

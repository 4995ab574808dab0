namespace Gongkai.Tests;

/// <summary>Where the repository and the shared material are, found from the test's own location.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Gongkai.slnx.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>`../shared` beside the repository, or null when it is absent (a user's clone).</summary>
    public static string? Shared
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(p, "corpus")) ? p : null;
        }
    }

    public const string SharedMissing = "../shared is absent (it sits beside the repository in the project's workspace and CI, not in a user's clone): skipped.";

    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    /// <summary>True when golden files should be rewritten (UPDATE_GOLDEN=1); the diff must then be reviewed.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}

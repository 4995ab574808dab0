namespace Gongkai.Benchmarks;

/// <summary>The reports benchmarks read: the five examples in ../shared when present, otherwise the samples.</summary>
internal static class BenchInputs
{
    public static string RepoRoot { get; } = FindRoot();

    public static IEnumerable<string> ExampleSized()
    {
        var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "examples"));
        if (Directory.Exists(shared))
        {
            return Directory.GetFiles(shared, "*.txt").Order(StringComparer.Ordinal);
        }

        return Directory.GetFiles(Path.Combine(RepoRoot, "samples"), "*.txt").Order(StringComparer.Ordinal).Take(5);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

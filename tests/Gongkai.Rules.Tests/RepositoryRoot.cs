namespace Gongkai.Rules.Tests;

/// <summary>Finds the repository root (the folder holding Gongkai.slnx) by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shared material beside the repository (../shared), or null when this clone does not have it.</summary>
    public static string? Shared
    {
        get
        {
            var p = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}

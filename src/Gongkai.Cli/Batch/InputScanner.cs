namespace Gongkai.Cli.Batch;

/// <summary>Turns the paths on the command line into files: named files as they are, folders walked recursively.</summary>
internal static class InputScanner
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };

    /// <summary>
    /// When walking a folder, files of these kinds are not looked at (data, scripts, images, archives). Everything else
    /// is opened and its format detected by content; a file named on the command line is always opened.
    /// </summary>
    private static readonly HashSet<string> SkippedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".csv", ".tsv", ".js", ".css", ".map", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".ico", ".webp",
        ".zip", ".gz", ".tgz", ".7z", ".rar", ".exe", ".dll", ".so", ".pdb", ".log", ".db", ".sqlite",
    };

    public sealed record Input(string Path, bool Named);

    /// <summary>The files to check, and the named paths that do not exist.</summary>
    public static (List<Input> Files, List<string> Missing) Scan(IEnumerable<string> paths)
    {
        var files = new List<Input>();
        var missing = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                files.Add(new Input(p, Named: true));
            }
            else if (Directory.Exists(p))
            {
                files.AddRange(Walk(p).Order(StringComparer.Ordinal).Select(f => new Input(f, Named: false)));
            }
            else
            {
                missing.Add(p);
            }
        }

        return (files, missing);
    }

    private static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] entries;
            string[] subdirs;
            try
            {
                entries = Directory.GetFiles(dir);
                subdirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var f in entries)
            {
                var name = Path.GetFileName(f);
                if (!name.StartsWith('.') && !SkippedExtensions.Contains(Path.GetExtension(name)))
                {
                    yield return f;
                }
            }

            foreach (var d in subdirs)
            {
                var name = Path.GetFileName(d);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
                {
                    pending.Push(d);
                }
            }
        }
    }
}

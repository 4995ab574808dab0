using System.IO.Compression;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Makes a package's bytes depend on its content only: the ZIP entries are copied in the same order with a fixed
/// timestamp (the packaging library stamps the time of writing), so the same report gives the same file.
/// </summary>
internal static class DocxWriterPackage
{
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void CopyDeterministic(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}

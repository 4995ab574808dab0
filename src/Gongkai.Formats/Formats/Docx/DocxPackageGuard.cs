using System.Globalization;
using System.IO.Compression;
using Gongkai.Diagnostics;
using Gongkai.Text;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Checks a DOCX's zip before anything parses it: how many entries, each entry's declared size and compression ratio,
/// and then each XML part's actual size while inflating it with a hard cap (a zip's declared sizes can lie). Only
/// after this passes is the package handed to the Open XML SDK, which then never inflates more than was measured.
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>Media and fonts: never parsed by us or the SDK, so only their declared sizes are checked.</summary>
    private static readonly HashSet<string> Opaque = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp", ".svg", ".odttf", ".ttf", ".bin", ".mp4", ".wav",
    };

    /// <summary>Null when the archive is within the limits; otherwise the error that refuses it.</summary>
    public static Diagnostic? Check(Stream zipStream, DocxReaderOptions o)
    {
        try
        {
            using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > o.MaxEntries)
            {
                return Limit("压缩包条目数", "zip entries", o.MaxEntries);
            }

            long declared = 0;
            foreach (var e in entries)
            {
                if (e.Length > o.MaxPartBytes)
                {
                    return Bomb(e.FullName, e.Length, o.MaxPartBytes);
                }

                declared += e.Length;
                if (declared > o.MaxTotalBytes)
                {
                    return Bomb("合计", "in total", declared, o.MaxTotalBytes);
                }

                if (e.Length > o.RatioFloorBytes && (e.CompressedLength == 0 || (double)e.Length / e.CompressedLength > o.MaxCompressionRatio))
                {
                    return Ratio(e.FullName, e.CompressedLength == 0 ? double.PositiveInfinity : (double)e.Length / e.CompressedLength, o.MaxCompressionRatio);
                }
            }

            var buffer = new byte[81920];
            long actual = 0;
            foreach (var e in entries)
            {
                if (Opaque.Contains(Path.GetExtension(e.FullName)) || e.FullName.EndsWith('/'))
                {
                    continue;
                }

                using var s = e.Open();
                long size = 0;
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += n;
                    actual += n;

                    // an entry may inflate past what it declared: stop as soon as it passes any limit
                    if (size > o.MaxPartBytes)
                    {
                        return Bomb(e.FullName, size, o.MaxPartBytes);
                    }

                    if (size > e.Length)
                    {
                        return Bomb(e.FullName + "（声明 " + FormatRegistry.FormatSize(e.Length) + "）", e.FullName + " (declared " + FormatRegistry.FormatSize(e.Length) + ")", size, e.Length);
                    }

                    if (actual > o.MaxTotalBytes)
                    {
                        return Bomb("合计", "in total", actual, o.MaxTotalBytes);
                    }
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return Corrupt(e.Message);
        }
    }

    public static Diagnostic Corrupt(string detail) =>
        Diagnostic.Create(ReaderMessages.ArchiveCorrupt, Severity.Error, ReaderMessages.ArchiveCorrupt, SourceRef.None, MessageArg.Of("detail", detail));

    public static Diagnostic Limit(string zh, string en, long limit) =>
        Diagnostic.Create(ReaderMessages.LimitExceeded, Severity.Error, ReaderMessages.LimitExceeded, SourceRef.None, new MessageArg("what", zh, en), MessageArg.Of("limit", limit));

    private static Diagnostic Bomb(string part, long size, long limit) => Bomb(part, part, size, limit);

    private static Diagnostic Bomb(string zh, string en, long size, long limit) =>
        Diagnostic.Create(
            ReaderMessages.ArchiveBomb,
            Severity.Error,
            ReaderMessages.ArchiveBomb,
            SourceRef.None,
            new MessageArg("what", zh, en),
            MessageArg.Of("size", FormatRegistry.FormatSize(size)),
            MessageArg.Of("limit", FormatRegistry.FormatSize(limit)));

    private static Diagnostic Ratio(string part, double ratio, double limit) =>
        Diagnostic.Create(
            ReaderMessages.ArchiveBomb,
            Severity.Error,
            ReaderMessages.ArchiveBomb,
            SourceRef.None,
            new MessageArg("what", part + " 压缩比", part + " compression ratio"),
            MessageArg.Of("size", double.IsInfinity(ratio) ? "∞" : ratio.ToString("0", CultureInfo.InvariantCulture) + ":1"),
            MessageArg.Of("limit", limit.ToString("0", CultureInfo.InvariantCulture) + ":1"));
}

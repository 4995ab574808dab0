using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using Gongkai.Diagnostics;
using Gongkai.Text;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Checks a DOCX's zip before anything parses it: how many entries, each entry's declared size and compression ratio,
/// and then each part's actual size, inflating its raw data with a hard cap. The actual size is measured from the
/// compressed bytes themselves, because .NET's zip reader stops an entry at the size its header declares: a header
/// that understates its entry would otherwise go unnoticed. Only after this passes is the package handed to the
/// Open XML SDK.
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>Media and fonts: never parsed by us or the SDK, so only their declared sizes are checked.</summary>
    private static readonly HashSet<string> Opaque = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp", ".svg", ".odttf", ".ttf", ".bin", ".mp4", ".wav",
    };

    /// <summary>Null when the archive is within the limits; otherwise the error that refuses it.</summary>
    /// <param name="hasMainDocument">Whether the zip holds "word/document.xml", to tell a missing main part from other damage.</param>
    public static Diagnostic? Check(ArraySegment<byte> bytes, DocxReaderOptions o, out bool hasMainDocument)
    {
        hasMainDocument = false;
        try
        {
            // structure first: .NET's reader rejects a damaged directory with a message worth showing
            using (var zip = new ZipArchive(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read))
            {
                if (zip.Entries.Count > o.MaxEntries)
                {
                    return Limit("压缩包条目数", "zip entries", o.MaxEntries);
                }
            }

            var entries = ZipDirectory.Entries(bytes, o.MaxEntries);
            if (entries is null)
            {
                return Corrupt("zip directory");
            }

            long declared = 0;
            foreach (var e in entries)
            {
                hasMainDocument |= e.Name.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase);
                if (e.DeclaredSize > o.MaxPartBytes)
                {
                    return Bomb(e.Name, e.DeclaredSize, o.MaxPartBytes);
                }

                declared += e.DeclaredSize;
                if (declared > o.MaxTotalBytes)
                {
                    return Bomb("合计", "in total", declared, o.MaxTotalBytes);
                }

                if (e.DeclaredSize > o.RatioFloorBytes && (e.CompressedSize == 0 || (double)e.DeclaredSize / e.CompressedSize > o.MaxCompressionRatio))
                {
                    return Ratio(e.Name, e.CompressedSize == 0 ? double.PositiveInfinity : (double)e.DeclaredSize / e.CompressedSize, o.MaxCompressionRatio);
                }
            }

            return Inflate(bytes, entries, o);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return Corrupt(e.Message);
        }
    }

    /// <summary>Inflates every part that may be parsed, counting what comes out, and stops at the first limit passed.</summary>
    private static Diagnostic? Inflate(ArraySegment<byte> bytes, List<ZipDirectory.Entry> entries, DocxReaderOptions o)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            return Inflate(bytes, entries, o, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Diagnostic? Inflate(ArraySegment<byte> bytes, List<ZipDirectory.Entry> entries, DocxReaderOptions o, byte[] buffer)
    {
        long actual = 0;
        foreach (var e in entries)
        {
            if (Opaque.Contains(Path.GetExtension(e.Name)) || e.Name.EndsWith('/'))
            {
                continue;
            }

            var data = new MemoryStream(bytes.Array!, bytes.Offset + e.DataStart, (int)e.CompressedSize, writable: false);
            using Stream s = e.Method switch
            {
                0 => data,
                8 => new DeflateStream(data, CompressionMode.Decompress),
                _ => throw new NotSupportedException(e.Name + ": compression method " + e.Method.ToString(CultureInfo.InvariantCulture)),
            };
            long size = 0;
            int n;
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += n;
                actual += n;
                if (size > o.MaxPartBytes)
                {
                    return Bomb(e.Name, size, o.MaxPartBytes);
                }

                if (size > e.DeclaredSize)
                {
                    // more than the header admits: keep counting only up to the part limit
                    return Bomb(e.Name + "（声明 " + FormatRegistry.FormatSize(e.DeclaredSize) + "）", e.Name + " (declared " + FormatRegistry.FormatSize(e.DeclaredSize) + ")", size, e.DeclaredSize);
                }

                if (actual > o.MaxTotalBytes)
                {
                    return Bomb("合计", "in total", actual, o.MaxTotalBytes);
                }
            }
        }

        return null;
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

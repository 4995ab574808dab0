namespace Gongkai.Formats.Docx;

/// <summary>
/// The safety limits of the DOCX reader. A DOCX is a zip of XML parts, so a few kilobytes can claim gigabytes
/// (a zip bomb) or nest elements until a recursive reader overflows its stack; every limit here bounds the memory and
/// time one hostile file can take. The defaults sit far above any real annual report (a few hundred KiB of XML).
/// </summary>
public sealed record DocxReaderOptions
{
    public static DocxReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are refused before unpacking (default 64 MiB; the smaller of this and <see cref="ReaderOptions.MaxBytes"/> applies).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed size of one part, declared or actual (default 32 MiB).</summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all parts together, declared or actual (default 256 MiB).</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Largest ratio of uncompressed to compressed size of a part bigger than <see cref="RatioFloorBytes"/>
    /// (default 200; Word's XML compresses 5–50 times, a zip bomb thousands of times).
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Parts smaller than this (uncompressed) are not held to <see cref="MaxCompressionRatio"/> (default 1 MiB).</summary>
    public long RatioFloorBytes { get; init; } = 1024L * 1024;

    /// <summary>Most entries the zip may hold (default 10,000).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Most XML elements in the main document part (default 2,000,000).</summary>
    public int MaxElements { get; init; } = 2_000_000;

    /// <summary>Deepest XML nesting of the main document part (default 256; a real document stays under 40).</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Deepest nesting of tables and text boxes that is read; deeper content is skipped with a warning (default 12).</summary>
    public int MaxNesting { get; init; } = 12;

    /// <summary>Widest table grid, in columns; wider spans are clipped (default 128; the national tables have at most 16).</summary>
    public int MaxTableColumns { get; init; } = 128;

    /// <summary>Most table cells after merged cells are expanded into the grid (default 1,000,000).</summary>
    public int MaxGridCells { get; init; } = 1_000_000;
}

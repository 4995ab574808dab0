using Gongkai.Reports;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Reads reports published as PDF. poppler's pdftotext (<c>-bbox-layout</c>) runs as a child process with a time
/// limit and gives every word with its box; the reader rebuilds paragraphs in reading order and the tables' rows and
/// columns from the geometry: a number belongs to the column whose header stands above it. What it cannot place is
/// reported, never guessed. A PDF without a text layer (a scan) gets a diagnostic saying it needs OCR.
/// </summary>
public sealed class PdfReader : IReportReader
{
    private readonly PdfReaderOptions _options;

    /// <summary>A reader with a custom pdftotext, time limit or output limit.</summary>
    public PdfReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The reader with <see cref="PdfReaderOptions.Default"/>.</summary>
    public static PdfReader Instance { get; } = new(PdfReaderOptions.Default);

    public PdfReaderOptions Options => _options;

    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return PdfReaderCore.Read(source, options, _options);
    }
}

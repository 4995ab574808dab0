using Gongkai.Reports;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Reads annual reports written in Word (.docx): paragraphs in body order with their heading levels, tables with
/// merged cells expanded into a grid, text boxes, fields, content controls and tracked changes as Word would print
/// them. Hostile files (zip bombs, deep nesting, malformed XML) are refused with a diagnostic, never an exception.
/// </summary>
public sealed class DocxReader : IReportReader
{
    public DocxReader(DocxReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>A reader with the default limits.</summary>
    public static DocxReader Instance { get; } = new(DocxReaderOptions.Default);

    public DocxReaderOptions Options { get; }

    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return DocxReaderCore.Read(source, options, Options, "docx", []);
    }
}

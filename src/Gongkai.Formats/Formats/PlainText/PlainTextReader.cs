using Gongkai.Reports;

namespace Gongkai.Formats.PlainText;

/// <summary>
/// Reads reports in the plain-text form of copied web pages and PDFs: one paragraph per line, tables with
/// tab-separated cells whose merged cells shift rows left, Markdown headings, full-width digits and punctuation.
/// </summary>
public sealed class PlainTextReader : IReportReader
{
    public static PlainTextReader Instance { get; } = new();

    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return PlainTextReaderCore.Read(source, options);
    }

    /// <summary>Reads text that is already decoded.</summary>
    public ReadResult<ReportModel> ReadText(string name, string text, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return PlainTextReaderCore.ReadText(name, text, options ?? ReaderOptions.Default, []);
    }
}

using Gongkai.Reports;

namespace Gongkai.Formats.Html;

/// <summary>
/// Reads reports published as web pages: finds the article inside the site's navigation and footers by its content,
/// expands merged table cells into a grid, decodes GB2312/GBK/GB18030 and UTF-8 pages, and keeps for every cell and
/// paragraph the line and column where its text stood in the page.
/// </summary>
public sealed class HtmlReader : IReportReader
{
    public static HtmlReader Instance { get; } = new();

    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return HtmlReaderCore.Read(source, options);
    }

    /// <summary>Reads a page that is already decoded; spans are offsets into <paramref name="html"/>.</summary>
    public ReadResult<ReportModel> ReadHtml(string name, string html, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(html);
        return HtmlReaderCore.ReadHtml(name, html, options ?? ReaderOptions.Default, []);
    }
}

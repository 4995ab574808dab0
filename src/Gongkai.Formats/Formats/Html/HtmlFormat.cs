namespace Gongkai.Formats.Html;

/// <summary>Reports as web pages: a government site's article page, or the article's HTML fragment as a CMS stores it.</summary>
public sealed class HtmlFormat : IReportFormat
{
    public static HtmlFormat Instance { get; } = new();

    public string Name => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".shtml", ".xhtml"];

    public IFormatDetector Detector => HtmlDetector.Instance;

    public IReportReader Reader => HtmlReader.Instance;
}

namespace Gongkai.Formats;

/// <summary>A document format Gongkai reads (and, later, writes): its name, detector and reader.</summary>
public interface IReportFormat
{
    /// <summary>"text", "html", "docx", "pdf".</summary>
    string Name { get; }

    /// <summary>File extensions usually seen, for listing folders (detection itself is by content).</summary>
    IReadOnlyList<string> Extensions { get; }

    IFormatDetector Detector { get; }

    IReportReader Reader { get; }
}

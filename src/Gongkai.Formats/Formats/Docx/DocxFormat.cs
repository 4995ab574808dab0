namespace Gongkai.Formats.Docx;

/// <summary>Word documents in Office Open XML (.docx, .docm): paragraphs, headings and tables with merged cells.</summary>
public sealed class DocxFormat : IReportFormat
{
    public static DocxFormat Instance { get; } = new();

    public string Name => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx", ".docm", ".dotx"];

    public IFormatDetector Detector => DocxDetector.Instance;

    public IReportReader Reader => DocxReader.Instance;
}

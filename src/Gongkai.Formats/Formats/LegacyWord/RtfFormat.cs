namespace Gongkai.Formats.LegacyWord;

/// <summary>Rich Text Format documents, read by converting them to DOCX with LibreOffice.</summary>
public sealed class RtfFormat : IReportFormat
{
    public static RtfFormat Instance { get; } = new();

    public string Name => "rtf";

    public IReadOnlyList<string> Extensions { get; } = [".rtf"];

    public IFormatDetector Detector => RtfDetector.Instance;

    public IReportReader Reader => LegacyWordReader.Instance;
}

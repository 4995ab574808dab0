namespace Gongkai.Formats.LegacyWord;

/// <summary>Word 97–2003 (.doc) and WPS (.wps) documents, read by converting them to DOCX with LibreOffice.</summary>
public sealed class LegacyWordFormat : IReportFormat
{
    public static LegacyWordFormat Instance { get; } = new();

    public string Name => "doc";

    public IReadOnlyList<string> Extensions { get; } = [".doc", ".wps", ".dot", ".wpt"];

    public IFormatDetector Detector => LegacyWordDetector.Instance;

    public IReportReader Reader => LegacyWordReader.Instance;
}

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Reports published as PDF with a text layer. The text and its word positions come from poppler's pdftotext; tables
/// are rebuilt from the positions (see <see cref="PdfReader"/>).
/// </summary>
public sealed class PdfFormat : IReportFormat
{
    public static PdfFormat Instance { get; } = new();

    public string Name => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public IFormatDetector Detector => PdfDetector.Instance;

    public IReportReader Reader => PdfReader.Instance;
}

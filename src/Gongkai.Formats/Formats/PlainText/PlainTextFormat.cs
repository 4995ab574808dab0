namespace Gongkai.Formats.PlainText;

/// <summary>Reports as plain text: paragraphs one per line, tables with tab-separated (or "|"-separated) cells.</summary>
public sealed class PlainTextFormat : IReportFormat
{
    public static PlainTextFormat Instance { get; } = new();

    public string Name => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".text"];

    public IFormatDetector Detector => PlainTextDetector.Instance;

    public IReportReader Reader => PlainTextReader.Instance;
}

using Gongkai.Reports;

namespace Gongkai.Formats;

/// <summary>
/// Writes a report in one document format. Deterministic: the same model and options give the same bytes (fixed
/// culture, stable ordering, no timestamps or random IDs).
/// </summary>
public interface IReportWriter
{
    /// <summary>"docx", "html", "pdf", "md", "txt".</summary>
    string Format { get; }

    /// <summary>The usual file extension, with its dot (".docx").</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>. Problems the caller must see (a missing tool) are diagnostics.</summary>
    WriteResult Write(ReportModel report, Stream output, WriterOptions options);
}

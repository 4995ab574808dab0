using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Formats.Writing;
using Gongkai.Reports;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Writes a report as a Word document in the official layout: the national tables with real merged cells, A4 with
/// the customary margins, the customary faces of official documents with fallbacks, page numbers in the footer.
/// Deterministic: the same report gives the same bytes.
/// </summary>
public sealed class DocxWriter : IReportWriter
{
    public static DocxWriter Instance { get; } = new();

    public string Format => "docx";

    public string Extension => ".docx";

    public WriteResult Write(ReportModel report, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            DocxWriterDocument.Build(document, ReportOutline.Build(report));
        }

        DocxWriterPackage.CopyDeterministic(package, output);
        return WriteResult.Ok;
    }
}

using System.Text;
using Gongkai.Reports;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// Saves a model as an authoring file, so a published report can be corrected and rendered again
/// (<c>gongkai parse report.docx --format yaml</c>). Reading the file gives back the same model.
/// </summary>
public sealed class AuthoringWriter : IReportWriter
{
    public static AuthoringWriter Instance { get; } = new();

    public string Format => "yaml";

    public string Extension => ".yaml";

    public WriteResult Write(ReportModel report, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        output.Write(new UTF8Encoding(false).GetBytes(WriteText(report)));
        return WriteResult.Ok;
    }

    public string WriteText(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AuthoringWriterCore.Write(report);
    }
}

using Gongkai.Reports;

namespace Gongkai.Formats;

/// <summary>Reads one format into the report model. Never throws on content: problems become diagnostics.</summary>
public interface IReportReader
{
    ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options);
}

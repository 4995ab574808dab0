using Gongkai.Diagnostics;
using Gongkai.Formats.Decoding;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Authoring;

/// <summary>Reads an authoring file (YAML) into a report model; problems become diagnostics with line and column.</summary>
public sealed class AuthoringReader : IReportReader
{
    public static AuthoringReader Instance { get; } = new();

    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (source.Bytes.Length == 0)
        {
            return ReadResult<ReportModel>.Failure(Diagnostic.Create(ReaderMessages.EmptyDocument, Severity.Error, ReaderMessages.EmptyDocument, SourceRef.None));
        }

        return ReadText(source.Name, TextDecoder.Decode(source.Bytes.Span).Text, options);
    }

    /// <summary>Reads YAML text that is already decoded.</summary>
    public ReadResult<ReportModel> ReadText(string name, string text, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return AuthoringReaderCore.Read(name, text, options ?? ReaderOptions.Default);
    }
}

using Gongkai.Reports;

namespace Gongkai.Formats.LegacyWord;

/// <summary>
/// Reads Word 97–2003, WPS and RTF reports by converting them to DOCX with LibreOffice (a child process with a
/// timeout and a throwaway profile) and reading the result with the DOCX reader. Without LibreOffice the document is
/// refused with a message that says how to install it.
/// </summary>
public sealed class LegacyWordReader : IReportReader
{
    public LegacyWordReader(LegacyWordReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    public static LegacyWordReader Instance { get; } = new(LegacyWordReaderOptions.Default);

    public LegacyWordReaderOptions Options { get; }

    /// <summary>Whether a LibreOffice to convert with was found (tests that need one skip without it).</summary>
    public bool CanConvert => LibreOfficeConverter.Find(Options.SofficePath) is not null;

    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return LegacyWordReaderCore.Read(source, options, Options);
    }
}

using Gongkai.Diagnostics;
using Gongkai.Formats.Docx;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.LegacyWord;

/// <summary>
/// Decides what the bytes are (Word 97–2003/WPS, RTF, an encrypted package), converts them with LibreOffice and reads
/// the DOCX. Every failure (no LibreOffice, a timeout, a conversion that produced nothing) is a diagnostic.
/// </summary>
internal static class LegacyWordReaderCore
{
    private static readonly MessageArg WordKind = new("kind", "Word 97-2003 或 WPS（.doc/.wps）", "Word 97–2003 or WPS (.doc/.wps)");
    private static readonly MessageArg RtfKind = new("kind", "RTF（.rtf）", "RTF (.rtf)");

    public static ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options, LegacyWordReaderOptions legacy)
    {
        var bytes = source.Bytes.Span;
        if (bytes.Length == 0)
        {
            return Fail(Diagnostic.Create(ReaderMessages.EmptyDocument, Severity.Error, ReaderMessages.EmptyDocument, SourceRef.None));
        }

        var max = Math.Min(options.MaxBytes, legacy.Docx.MaxFileBytes);
        if (bytes.Length > max)
        {
            return Fail(Diagnostic.Create(ReaderMessages.TooLarge, Severity.Error, ReaderMessages.TooLarge, SourceRef.None, MessageArg.Of("size", FormatRegistry.FormatSize(bytes.Length)), MessageArg.Of("limit", FormatRegistry.FormatSize(max))));
        }

        string extension, format;
        MessageArg kind;
        if (RtfDetector.IsRtf(bytes))
        {
            (extension, format, kind) = (".rtf", "rtf", RtfKind);
        }
        else if (OleCompoundFile.HasSignature(bytes) && OleCompoundFile.HasStream(bytes, "WordDocument"))
        {
            (extension, format, kind) = (".doc", "doc", WordKind);
        }
        else if (OleCompoundFile.HasSignature(bytes) && OleCompoundFile.HasStream(bytes, "EncryptedPackage"))
        {
            return Fail(Diagnostic.Create(ReaderMessages.Encrypted, Severity.Error, ReaderMessages.Encrypted, SourceRef.None));
        }
        else
        {
            return Fail(Diagnostic.Create(ReaderMessages.UnsupportedFormat, Severity.Error, ReaderMessages.UnsupportedFormat, SourceRef.None, new MessageArg("detail", "既不是 Word 97-2003/WPS 文档，也不是 RTF", "neither a Word 97–2003/WPS document nor RTF")));
        }

        var soffice = LibreOfficeConverter.Find(legacy.SofficePath);
        if (soffice is null)
        {
            return Fail(Diagnostic.Create(ReaderMessages.ConverterMissing, Severity.Error, ReaderMessages.ConverterMissing, SourceRef.None, kind));
        }

        var outcome = LibreOfficeConverter.Convert(soffice, bytes, extension, legacy.Timeout, legacy.TempRoot);
        if (outcome.TimedOut)
        {
            return Fail(Diagnostic.Create(ReaderMessages.ConversionTimeout, Severity.Error, ReaderMessages.ConversionTimeout, SourceRef.None, kind, MessageArg.Of("seconds", (long)legacy.Timeout.TotalSeconds)));
        }

        if (outcome.Docx is null)
        {
            return Fail(Diagnostic.Create(ReaderMessages.ConversionFailed, Severity.Error, ReaderMessages.ConversionFailed, SourceRef.None, kind, MessageArg.Of("detail", outcome.Error ?? string.Empty)));
        }

        var diagnostics = new List<Diagnostic> { Diagnostic.Create(ReaderMessages.ConvertedWith, Severity.Info, ReaderMessages.ConvertedWith, SourceRef.None, kind) };
        return DocxReaderCore.Read(new ReportSource(source.Name, outcome.Docx), options, legacy.Docx, format, diagnostics);
    }

    private static ReadResult<ReportModel> Fail(Diagnostic d) => ReadResult<ReportModel>.Failure(d);
}

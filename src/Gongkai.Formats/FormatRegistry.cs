using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats;

/// <summary>The formats Gongkai knows; detects a document's format by content and reads it.</summary>
public sealed class FormatRegistry
{
    private readonly List<IReportFormat> _formats = [];
    private readonly List<IReportWriter> _writers = [];

    /// <summary>Every built-in format.</summary>
    public static FormatRegistry Default { get; } = CreateDefault();

    public IReadOnlyList<IReportFormat> Formats => _formats;

    public FormatRegistry Add(IReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        _formats.Add(format);
        return this;
    }

    public IReadOnlyList<IReportWriter> Writers => _writers;

    public FormatRegistry AddWriter(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writers.Add(writer);
        return this;
    }

    /// <summary>The writer for a format name ("docx") or extension (".docx"), or null.</summary>
    public IReportWriter? FindWriter(string formatOrExtension)
    {
        ArgumentNullException.ThrowIfNull(formatOrExtension);
        var key = formatOrExtension.TrimStart('.');
        return _writers.FirstOrDefault(w => string.Equals(w.Format, key, StringComparison.OrdinalIgnoreCase) || string.Equals(w.Extension.TrimStart('.'), key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every extension a folder scan should pick up.</summary>
    public IEnumerable<string> Extensions => _formats.SelectMany(f => f.Extensions).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most likely format, or null when none recognises the bytes.</summary>
    public IReportFormat? Detect(ReadOnlySpan<byte> bytes)
    {
        IReportFormat? best = null;
        var bestScore = 0;
        foreach (var f in _formats)
        {
            var n = Math.Min(bytes.Length, f.Detector.HeaderSize);
            var score = f.Detector.Confidence(bytes[..n]);
            if (score > bestScore)
            {
                best = f;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Detects the format and reads. Never throws on content.</summary>
    public ReadResult<ReportModel> Read(ReportSource source, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ReaderOptions.Default;
        if (source.Bytes.Length == 0)
        {
            return ReadResult<ReportModel>.Failure(Diagnostic.Create(ReaderMessages.EmptyDocument, Severity.Error, ReaderMessages.EmptyDocument, SourceRef.None));
        }

        if (source.Bytes.Length > options.MaxBytes)
        {
            return ReadResult<ReportModel>.Failure(Diagnostic.Create(
                ReaderMessages.TooLarge,
                Severity.Error,
                ReaderMessages.TooLarge,
                SourceRef.None,
                MessageArg.Of("size", FormatSize(source.Bytes.Length)),
                MessageArg.Of("limit", FormatSize(options.MaxBytes))));
        }

        var format = Detect(source.Bytes.Span);
        if (format is null && Docx.ContainerSniffer.Describe(source.Bytes.Span) is { } what)
        {
            // a zip or Office file that is not a Word document (an XLSX, a plain zip): say what it is
            return ReadResult<ReportModel>.Failure(Diagnostic.Create(ReaderMessages.UnsupportedFormat, Severity.Error, ReaderMessages.UnsupportedFormat, SourceRef.None, what));
        }

        if (format is null)
        {
            return ReadResult<ReportModel>.Failure(Diagnostic.Create(
                ReaderMessages.NotText,
                Severity.Error,
                ReaderMessages.NotText,
                SourceRef.None));
        }

        return format.Reader.Read(source, options);
    }

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MiB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " B",
    };

    private static FormatRegistry CreateDefault()
    {
        var r = new FormatRegistry();
        PlainText.PlainTextModule.Register(r);
        Docx.DocxModule.Register(r);
        LegacyWord.LegacyWordModule.Register(r);
        r.Add(Authoring.AuthoringFormat.Instance);
        r.AddWriter(Authoring.AuthoringWriter.Instance);
        r.AddWriter(PlainText.PlainTextWriter.Instance);
        r.AddWriter(Markdown.MarkdownWriter.Instance);
        r.AddWriter(Html.HtmlWriter.Instance);
        r.AddWriter(Pdf.PdfWriter.Instance);
        r.AddWriter(Docx.DocxWriter.Instance);
        Html.HtmlModule.Register(r);
        Pdf.PdfModule.Register(r);
        return r;
    }
}

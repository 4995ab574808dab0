using System.Text;
using Gongkai.Diagnostics;
using Gongkai.Formats.Html;
using Gongkai.Formats.Writing;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Writes a report as PDF by printing the HTML page (<see cref="HtmlWriter"/>, with its A4 print stylesheet) in
/// headless Chromium. Without Chromium it writes nothing and says how to install it. The creation and modification
/// dates Chromium stamps are replaced by a fixed date of the same length, so the same report gives the same bytes.
/// </summary>
public sealed class PdfWriter : IReportWriter
{
    /// <summary>How long Chromium may take for one report.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private readonly Func<string?> _findChromium;

    public PdfWriter()
        : this(PdfWriterChromium.Find)
    {
    }

    /// <summary>With another way to find Chromium (tests: as if it were not installed).</summary>
    internal PdfWriter(Func<string?> findChromium)
    {
        _findChromium = findChromium;
    }

    public static PdfWriter Instance { get; } = new();

    public string Format => "pdf";

    public string Extension => ".pdf";

    public WriteResult Write(ReportModel report, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var chromium = _findChromium();
        if (chromium is null)
        {
            return WriteResult.Failed(Diagnostic.Create(WriterMessages.ChromiumMissing, Severity.Error, WriterMessages.ChromiumMissing, SourceRef.None));
        }

        var outcome = PdfWriterChromium.Print(chromium, HtmlWriter.Instance.WriteText(report), Timeout);
        if (outcome.TimedOut)
        {
            return WriteResult.Failed(Diagnostic.Create(WriterMessages.ChromiumTimeout, Severity.Error, WriterMessages.ChromiumTimeout, SourceRef.None, MessageArg.Of("seconds", (long)Timeout.TotalSeconds)));
        }

        if (outcome.Pdf is null)
        {
            return WriteResult.Failed(Diagnostic.Create(WriterMessages.ChromiumFailed, Severity.Error, WriterMessages.ChromiumFailed, SourceRef.None, MessageArg.Of("detail", outcome.Error ?? string.Empty)));
        }

        output.Write(FixDates(outcome.Pdf));
        return WriteResult.Ok;
    }

    /// <summary>Every "(D:20261123034522+00'00')" becomes "(D:20000101000000+00'00')": same length, so offsets hold.</summary>
    internal static byte[] FixDates(byte[] pdf)
    {
        ReadOnlySpan<byte> marker = "(D:"u8;
        var fixedDate = Encoding.ASCII.GetBytes("20000101000000");
        var span = pdf.AsSpan();
        var at = 0;
        while (true)
        {
            var i = span[at..].IndexOf(marker);
            if (i < 0)
            {
                return pdf;
            }

            var start = at + i + marker.Length;
            if (start + fixedDate.Length <= pdf.Length && IsDigits(span.Slice(start, fixedDate.Length)))
            {
                fixedDate.CopyTo(span[start..]);
            }

            at = start;
        }
    }

    private static bool IsDigits(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}

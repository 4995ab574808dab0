using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Tests.Writers;

/// <summary>Writes a model with one writer and reads the bytes back with whatever reader Gongkai detects.</summary>
internal static class WriterRoundTrip
{
    /// <summary>The reader format that reads what each writer writes.</summary>
    public static string ReaderFor(string writer) => writer switch
    {
        "txt" or "md" => "text",
        _ => writer,
    };

    /// <summary>
    /// Every writer's output has a registered reader (a missing one fails the test). The PDF round trip needs Chromium
    /// to print and pdftotext to read; where they cannot be had, it skips with a message naming the package.
    /// </summary>
    public static void SkipUnlessReadable(string writer)
    {
        var reader = ReaderFor(writer);
        Assert.True(FormatRegistry.Default.Formats.Any(f => f.Name == reader), $"no {reader} reader is registered for what the {writer} writer writes");
        if (writer == "pdf")
        {
            Skip.If(Formats.Pdf.PdfWriterChromium.Find() is null, ExternalTools.Missing("Chromium", "chromium"));
            Skip.If(ExternalTools.Find("pdftotext") is null, ExternalTools.Missing("pdftotext", "poppler-utils"));
        }
    }

    public static byte[] Write(ReportModel model, string format)
    {
        var writer = FormatRegistry.Default.FindWriter(format);
        Assert.NotNull(writer);
        using var ms = new MemoryStream();
        var result = writer!.Write(model, ms, WriterOptions.Default);
        Assert.True(result.Written, $"{format} writer did not write: {string.Join("; ", result.Diagnostics.Select(d => d.Id))}");
        return ms.ToArray();
    }

    public static ReportModel WriteAndRead(ReportModel model, string format)
    {
        var bytes = Write(model, format);
        var read = FormatRegistry.Default.Read(new ReportSource("written" + FormatRegistry.Default.FindWriter(format)!.Extension, bytes));
        Assert.True(read.Value is not null, $"the written {format} could not be read: {string.Join("; ", read.Diagnostics.Select(d => d.Id))}");
        return read.Value!;
    }
}

using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Pdf;
using Gongkai.Formats.Writing;
using Gongkai.Localization;

namespace Gongkai.Tests.Writers;

/// <summary>The PDF: the HTML page printed by headless Chromium, or a clear message saying how to install it.</summary>
public sealed class PdfWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-pdf-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WithoutChromium_WritesNothing_AndSaysHowToInstallIt()
    {
        using var ms = new MemoryStream();
        var result = new PdfWriter(() => null).Write(RandomReports.Authored(1), ms, WriterOptions.Default);
        Assert.False(result.Written);
        Assert.Equal(0, ms.Length);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(WriterMessages.ChromiumMissing, d.Id);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("apt-get install chromium", MessageFormatter.Format(d, WriterMessages.Catalog, Language.Zh));
        Assert.Contains("Debian package chromium", MessageFormatter.Format(d, WriterMessages.Catalog, Language.En));
    }

    [SkippableFact]
    public void Sample_PrintsToA4Pdf_WithItsTextAndNumbers_TheSameEachTime()
    {
        Skip.If(ExternalTools.Find("chromium") is null, ExternalTools.Missing("Chromium", "chromium"));
        var model = SampleRoundTripTests.Read(TestPaths.Repo("samples", "clean-2024-qinghe-eco.txt"));
        var first = WriterRoundTrip.Write(model, "pdf");
        var second = WriterRoundTrip.Write(model, "pdf");
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(first, 0, 5), StringComparison.Ordinal);
        Assert.Equal(first, second);

        var pdftotext = ExternalTools.Find("pdftotext");
        Skip.If(pdftotext is null, ExternalTools.Missing("pdftotext", "poppler-utils"));
        var path = Path.Combine(_dir, "report.pdf");
        File.WriteAllBytes(path, first);
        var text = ExternalTools.Run(pdftotext!, TimeSpan.FromSeconds(60), "-layout", path, "-").Out;
        Assert.Contains("青禾市生态环境局", text);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text);
        Assert.Contains("—1—", text.Replace(" ", string.Empty, StringComparison.Ordinal));
        var info = ExternalTools.Run(ExternalTools.Find("pdfinfo") ?? "pdfinfo", TimeSpan.FromSeconds(30), path).Out;
        Assert.Contains("(A4)", info);
    }

    [Fact]
    public void FixDates_KeepsLengthAndReplacesOnlyDates()
    {
        var pdf = System.Text.Encoding.ASCII.GetBytes("/CreationDate (D:20261123034522+00'00') /Title (D:x)");
        var fixedPdf = PdfWriter.FixDates([.. pdf]);
        Assert.Equal("/CreationDate (D:20000101000000+00'00') /Title (D:x)", System.Text.Encoding.ASCII.GetString(fixedPdf));
    }
}

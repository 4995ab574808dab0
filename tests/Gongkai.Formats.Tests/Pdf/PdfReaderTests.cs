using System.Diagnostics;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Pdf;
using Gongkai.Localization;
using Gongkai.Reports;

namespace Gongkai.Tests;

/// <summary>
/// What the PDF reader does with PDFs it cannot read and with a missing or misbehaving pdftotext: a diagnostic that
/// says why, no model, no exception, no process or temporary file left behind.
/// </summary>
public sealed class PdfReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-pdf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("%PDF-1.7\n", 100)]
    [InlineData("junk before\r\n%PDF-1.4\n", 90)]
    [InlineData("一、总体情况\n", 0)]
    [InlineData("", 0)]
    public void Detector_RecognisesTheSignature(string start, int confidence) =>
        Assert.Equal(confidence, PdfDetector.Instance.Confidence(System.Text.Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void Registry_DetectsPdfByContentNotName()
    {
        var format = FormatRegistry.Default.Detect("%PDF-1.5\n%\u00e2\u00e3\n1 0 obj"u8);
        Assert.Equal("pdf", format?.Name);
    }

    [Fact]
    public void MissingPdftotext_NamesTheDebianPackageAndTheCommand()
    {
        var reader = new PdfReader(new PdfReaderOptions { PdftotextPath = Path.Combine(_dir, "no-such-pdftotext") });
        var r = reader.Read(new ReportSource("a.pdf", "%PDF-1.4\n"u8.ToArray()), ReaderOptions.Default);
        Assert.Null(r.Value);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ReaderMessages.PdfToolMissing, d.Id);
        Assert.Equal(Severity.Error, d.Severity);
        var zh = MessageFormatter.Format(d, ReaderMessages.Catalog, Language.Zh);
        var en = MessageFormatter.Format(d, ReaderMessages.Catalog, Language.En);
        Assert.Contains("poppler-utils", zh);
        Assert.Contains("apt-get install poppler-utils", zh);
        Assert.Contains("poppler-utils", en);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [SkippableFact]
    public void Scan_SaysThereIsNoTextLayerAndOcrIsNeeded()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(Corpus.Pdf("scan.pdf")));
        Assert.Null(r.Value);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ReaderMessages.PdfNoTextLayer, d.Id);
        Assert.Contains("OCR", MessageFormatter.Format(d, ReaderMessages.Catalog, Language.Zh));
        Assert.Contains("no text layer", MessageFormatter.Format(d, ReaderMessages.Catalog, Language.En));
    }

    [SkippableFact]
    public void Encrypted_SaysItNeedsAPassword()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(Corpus.Pdf("encrypted.pdf")));
        Assert.Null(r.Value);
        Assert.Equal(ReaderMessages.PdfEncrypted, Assert.Single(r.Diagnostics).Id);
    }

    [SkippableFact]
    public void NotAPdf_GivenToThePdfReader_IsUnreadableWithPdftotextsReason()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var r = PdfReader.Instance.Read(ReportSource.FromText("x.pdf", "一、总体情况\n这不是 PDF。\n"), ReaderOptions.Default);
        Assert.Null(r.Value);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ReaderMessages.PdfUnreadable, d.Id);
        Assert.False(string.IsNullOrWhiteSpace(d.Arg("detail")));
    }

    [SkippableFact]
    public void TooMuchOutput_IsRefused()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var reader = new PdfReader(new PdfReaderOptions { MaxOutputBytes = 2000 });
        var r = reader.Read(ReportSource.FromFile(Corpus.Pdf("qinghe-2024.chromium.pdf")), ReaderOptions.Default);
        Assert.Null(r.Value);
        Assert.Equal(ReaderMessages.PdfUnreadable, Assert.Single(r.Diagnostics).Id);
    }

    [SkippableFact]
    public void TemporaryFile_IsRemovedAfterARead()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var reader = new PdfReader(new PdfReaderOptions { TempDirectory = _dir });
        var r = reader.Read(ReportSource.FromFile(Corpus.Pdf("qinghe-2024.chromium.pdf")), ReaderOptions.Default);
        Assert.NotNull(r.Value);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [SkippableFact]
    public void HangingPdftotext_IsKilledAtTheTimeLimit()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/bin/sh"), "needs /bin/sh");
        var fake = Script("hang", "#!/bin/sh\nwhile :; do :; done\n");
        var temp = Directory.CreateDirectory(Path.Combine(_dir, "temp")).FullName;
        var reader = new PdfReader(new PdfReaderOptions { PdftotextPath = fake, Timeout = TimeSpan.FromMilliseconds(500), TempDirectory = temp });
        var clock = Stopwatch.StartNew();
        var r = reader.Read(new ReportSource("slow.pdf", "%PDF-1.4\n"u8.ToArray()), ReaderOptions.Default);
        clock.Stop();
        Assert.Null(r.Value);
        Assert.Equal(ReaderMessages.PdfTimeout, Assert.Single(r.Diagnostics).Id);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Empty(Directory.GetFiles(temp));
    }

    [SkippableFact]
    public void BrokenOutput_KeepsWhatWasReadAndSaysSo()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/bin/sh"), "needs /bin/sh");
        var fake = Script("broken", "#!/bin/sh\nprintf '<html><body><doc><page width=\"595\" height=\"842\"><flow><block><line xMin=\"70\" yMin=\"80\" xMax=\"200\" yMax=\"95\"><word xMin=\"70\" yMin=\"80\" xMax=\"200\" yMax=\"95\">一、总体情况</word></line></block><block><line><word xMin=\"70\"'\n");
        var reader = new PdfReader(new PdfReaderOptions { PdftotextPath = fake });
        var r = reader.Read(new ReportSource("broken.pdf", "%PDF-1.4\n"u8.ToArray()), ReaderOptions.Default);
        Assert.Contains(r.Diagnostics, d => d.Id == ReaderMessages.PdfTextIncomplete);
        Assert.Contains(r.Diagnostics, d => d.Severity == Severity.Error);
    }

    [SkippableFact]
    public void FailingPdftotext_ReportsItsMessage()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/bin/sh"), "needs /bin/sh");
        var fake = Script("fail", "#!/bin/sh\necho 'Syntax Error: Couldn'\"'\"'t find trailer dictionary' >&2\nexit 1\n");
        var r = new PdfReader(new PdfReaderOptions { PdftotextPath = fake }).Read(new ReportSource("bad.pdf", "%PDF-1.4\n"u8.ToArray()), ReaderOptions.Default);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ReaderMessages.PdfUnreadable, d.Id);
        Assert.Contains("trailer", d.Arg("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public void UnwritableTemporaryFolder_IsADiagnosticNotAnException()
    {
        var reader = new PdfReader(new PdfReaderOptions { TempDirectory = Path.Combine(_dir, "no", "such", "folder") });
        var r = reader.Read(new ReportSource("a.pdf", "%PDF-1.4\n"u8.ToArray()), ReaderOptions.Default);
        Assert.Null(r.Value);
        Assert.Equal(ReaderMessages.PdfUnreadable, Assert.Single(r.Diagnostics).Id);
    }

    [Fact]
    public void EmptyBytes_AreAnEmptyDocument()
    {
        var r = PdfReader.Instance.Read(new ReportSource("empty.pdf", ReadOnlyMemory<byte>.Empty), ReaderOptions.Default);
        Assert.Equal(ReaderMessages.EmptyDocument, Assert.Single(r.Diagnostics).Id);
    }

    [Fact]
    public void Anchor_IsWrittenAsPageAndPoint() =>
        Assert.Equal("p3 (x 384, y 512)", new PdfAnchor(3, 383.6, 511.9).ToString());

    private string Script(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, body);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}

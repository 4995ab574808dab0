using System.Diagnostics;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Reports;

namespace Gongkai.Tests.Docx;

/// <summary>Hostile and damaged packages: refused with the right message, quickly, never with an exception.</summary>
public sealed class DocxSafetyTests
{
    private static ReadResult<ReportModel> Read(byte[] bytes, DocxReaderOptions? options = null, ReaderOptions? reader = null)
    {
        var sw = Stopwatch.StartNew();
        var r = new DocxReader(options ?? DocxReaderOptions.Default).Read(new ReportSource("hostile.docx", bytes), reader ?? ReaderOptions.Default);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), "took " + sw.Elapsed);
        Assert.Null(r.Value);
        return r;
    }

    private static Diagnostic Refusal(ReadResult<ReportModel> r, string id)
    {
        var d = Assert.Single(r.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(id, d.Id);
        return d;
    }

    [Fact]
    public void ZipBomb_PartDeclaredOverTheLimit_Refused()
    {
        var d = Refusal(Read(RawDocx.Bomb("word/document.xml", 40 << 20)), ReaderMessages.ArchiveBomb);
        Assert.Equal("word/document.xml", d.Arg("what"));
        Assert.Equal("32 MiB", d.Arg("limit"));
    }

    [Fact]
    public void ZipBomb_CompressionRatio_Refused()
    {
        // 4 MiB of spaces deflate to a few KiB: a ratio no Word document has
        var d = Refusal(Read(RawDocx.Bomb("word/media/image1.xml", 4 << 20)), ReaderMessages.ArchiveBomb);
        Assert.Contains("压缩比", d.Arg("what"), StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBomb_DeclaringLessThanItHolds_Refused()
    {
        // says 1,000 bytes, deflates to 8 MiB: what comes out is counted, not trusted
        var d = Refusal(Read(RawDocx.Bomb("word/document.xml", 8 << 20, declare: 1000)), ReaderMessages.ArchiveBomb);
        Assert.Equal("word/document.xml（声明 1000 B）", d.Arg("what"));
    }

    [Fact]
    public void ZipBomb_TotalOverTheLimit_Refused()
    {
        var o = new DocxReaderOptions { MaxTotalBytes = 1 << 20, MaxCompressionRatio = 1e9 };
        var d = Refusal(Read(RawDocx.Bomb("word/document.xml", 2 << 20), o), ReaderMessages.ArchiveBomb);
        Assert.Equal("合计", d.Arg("what"));
    }

    [Fact]
    public void TooManyEntries_Refused()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ("word/p" + i + ".xml", new byte[] { 32 })).ToArray();
        Refusal(Read(RawDocx.With(RawDocx.Open + RawDocx.Close, entries), new DocxReaderOptions { MaxEntries = 20 }), ReaderMessages.LimitExceeded);
    }

    [Fact]
    public void OversizedFile_Refused()
    {
        var bytes = File.ReadAllBytes(DocxCorpus.Path("linchuan-2023.docx"));
        Refusal(Read(bytes, reader: new ReaderOptions { MaxBytes = 4096 }), ReaderMessages.TooLarge);
        Refusal(Read(bytes, new DocxReaderOptions { MaxFileBytes = 4096 }), ReaderMessages.TooLarge);
        var viaRegistry = FormatRegistry.Default.Read(new ReportSource("big.docx", bytes), new ReaderOptions { MaxBytes = 4096 });
        Assert.Equal(ReaderMessages.TooLarge, Assert.Single(viaRegistry.Diagnostics).Id);
    }

    [Fact]
    public void TruncatedZip_CorruptButStillRecognisedAsDocx()
    {
        var bytes = File.ReadAllBytes(DocxCorpus.Path("linchuan-2023.docx"));
        var truncated = bytes[..(bytes.Length / 2)];
        Assert.Same(DocxFormat.Instance, FormatRegistry.Default.Detect(truncated));
        var d = Refusal(Read(truncated), ReaderMessages.ArchiveCorrupt);
        Assert.False(string.IsNullOrEmpty(d.Arg("detail")));
    }

    [Fact]
    public void MissingMainDocument_Refused()
    {
        Refusal(Read(RawDocx.With(null, ("word/styles.xml", MiniDocx.Utf8("<w:styles " + PlanDocx.Ns + "/>")))), ReaderMessages.NoMainDocument);
    }

    [Fact]
    public void MalformedXml_ReportedWithLineAndColumn()
    {
        var d = Refusal(Read(RawDocx.With(RawDocx.Open + "<w:p><w:r><w:t>abc</w:r></w:p>" + RawDocx.Close)), ReaderMessages.MalformedXml);
        Assert.Equal("word/document.xml", d.Arg("part"));
        Assert.Equal("1", d.Arg("line"));
        Assert.NotEqual("0", d.Arg("column"));
    }

    [Fact]
    public void Dtd_Refused_NoEntityExpansion()
    {
        const string laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
        Refusal(Read(RawDocx.With(laughs + "<w:document " + PlanDocx.Ns + "><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>")), ReaderMessages.MalformedXml);
    }

    [Fact]
    public void DeepXml_RefusedBeforeAnythingRecurses()
    {
        var depth = 100_000;
        var xml = RawDocx.Open + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth)) + RawDocx.Close;
        var d = Refusal(Read(RawDocx.With(xml)), ReaderMessages.LimitExceeded);
        Assert.Equal("256", d.Arg("limit"));
    }

    [Fact]
    public void TooManyElements_Refused()
    {
        var xml = RawDocx.Open + string.Concat(Enumerable.Repeat(MiniDocx.P("x"), 500)) + RawDocx.Close;
        Refusal(Read(RawDocx.With(xml), new DocxReaderOptions { MaxElements = 1000 }), ReaderMessages.LimitExceeded);
    }

    [Fact]
    public void MalformedStyles_WarningAndTheTextIsStillRead()
    {
        var docx = MiniDocx.FromBody(MiniDocx.P("一、总体情况"), "<w:style w:type=\"paragraph\"><w:name w:val=\"heading 1\"/>");
        var (layout, _, diagnostics) = MiniDocx.Layout(docx);
        Assert.NotNull(layout);
        var d = Assert.Single(diagnostics);
        Assert.Equal((ReaderMessages.MalformedXml, Severity.Warning, "word/styles.xml"), (d.Id, d.Severity, d.Arg("part")));
    }

    [Fact]
    public void EncryptedPackage_RefusedAsEncrypted()
    {
        var bytes = RawDocx.Ole2("EncryptedPackage");
        var r = FormatRegistry.Default.Read(new ReportSource("secret.docx", bytes));
        Assert.Equal(ReaderMessages.Encrypted, Assert.Single(r.Diagnostics).Id);
    }
}

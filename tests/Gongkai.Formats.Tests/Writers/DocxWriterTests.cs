using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Writing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Tests.Writers;

/// <summary>
/// The Word document: valid Open XML, real merged cells, A4 with official margins, the customary faces, page numbers;
/// the same bytes for the same report; opened by LibreOffice without repair.
/// </summary>
public sealed class DocxWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static byte[] Write(Reports.ReportModel model)
    {
        using var ms = new MemoryStream();
        Assert.True(DocxWriter.Instance.Write(model, ms, Formats.WriterOptions.Default).Written);
        return ms.ToArray();
    }

    [Theory]
    [MemberData(nameof(AuthoringFileTests.SampleNames), MemberType = typeof(AuthoringFileTests))]
    public void Sample_IsValidOpenXml(string sample)
    {
        var bytes = Write(SampleRoundTripTests.Read(TestPaths.Repo("samples", sample)));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void RandomReports_AreValidOpenXml()
    {
        Prop.ForAll(RandomReports.Seeds.ToArbitrary(), seed =>
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(Write(RandomReports.AsRead(seed))), false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
            Assert.True(errors.Count == 0, $"seed {seed}: " + string.Join("\n", errors.Take(5).Select(e => e.Description)));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    [Fact]
    public void Layout_IsA4WithOfficialMargins_FontsAndPageNumbers()
    {
        var bytes = Write(RandomReports.Authored(3));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = doc.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<W.FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.StartsWith("— ", footer.InnerText, StringComparison.Ordinal);

        var styles = main.StyleDefinitionsPart!.Styles!;
        string? EastAsia(string id) => styles.Elements<W.Style>().Single(s => s.StyleId == id).StyleRunProperties?.RunFonts?.EastAsia?.Value;
        Assert.Equal("方正小标宋简体", EastAsia("Title"));
        Assert.Equal("黑体", EastAsia("Heading1"));
        Assert.Equal("楷体_GB2312", EastAsia("GkRunIn"));
        Assert.Equal("仿宋_GB2312", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        var fonts = main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
    }

    [Fact]
    public void Tables_HaveRealMergedCells_AsTheNationalTables()
    {
        var bytes = Write(RandomReports.Authored(5));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>().ToList();
        var applications = tables.Single(t => t.InnerText.Contains("申请人情况", StringComparison.Ordinal));
        var note = applications.Descendants<W.TableCell>().First();
        Assert.Equal(3, note.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(W.MergedCellValues.Restart, note.TableCellProperties!.VerticalMerge!.Val!.Value);
        var results = applications.Descendants<W.TableCell>().Single(c => c.InnerText == "三、本年度办理结果");
        Assert.Equal(W.MergedCellValues.Restart, results.TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.True(applications.Descendants<W.VerticalMerge>().Count(v => v.Val is null || v.Val.Value == W.MergedCellValues.Continue) > 20);
        Assert.All(applications.Elements<W.TableRow>().Take(3), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        var appeals = tables.Single(t => t.InnerText.Contains("复议后起诉", StringComparison.Ordinal));
        Assert.Equal(10, appeals.Descendants<W.TableCell>().Single(c => c.InnerText == "行政诉讼").TableCellProperties!.GridSpan!.Val!.Value);
    }

    [Fact]
    public void Output_IsDeterministic()
    {
        var model = RandomReports.AsRead(99);
        Assert.Equal(Write(model), Write(model));
    }

    [SkippableFact]
    public void LibreOffice_OpensItWithoutRepair()
    {
        var soffice = ExternalTools.Find("soffice");
        Skip.If(soffice is null, ExternalTools.Missing("LibreOffice", "libreoffice-writer-nogui"));
        var docx = Path.Combine(_dir, "report.docx");
        File.WriteAllBytes(docx, Write(SampleRoundTripTests.Read(TestPaths.Repo("samples", "clean-2024-qinghe-eco.txt"))));
        var pdf = ExternalTools.LibreOfficeToPdf(soffice!, docx, _dir);
        Assert.NotNull(pdf);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf!), 0, 4), StringComparison.Ordinal);
    }

    /// <summary>word/document.xml indented, for golden files: the XML the package holds, independent of ZIP details.</summary>
    internal static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var s = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(s).ToString() + "\n";
    }
}

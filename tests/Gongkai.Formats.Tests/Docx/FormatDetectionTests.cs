using DocumentFormat.OpenXml.Packaging;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Formats.LegacyWord;
using Gongkai.Formats.PlainText;

namespace Gongkai.Tests.Docx;

/// <summary>Detection by content, never by name: each sample's bytes go to the right reader, or are refused saying what they are.</summary>
public sealed class FormatDetectionTests
{
    public static TheoryData<string, string?> Samples => new()
    {
        { "docx:linchuan-2023.docx", "docx" },
        { "docx:qinghe-2024-textboxes.docx", "docx" },
        { "docx:linchuan-2023.doc", "doc" },
        { "docx:songling-2020.doc", "doc" },
        { "docx:linchuan-2023.rtf", "rtf" },
        { "made:wps-named-doc", "doc" },
        { "made:rtf-with-bom", "rtf" },
        { "made:plain-zip", null },
        { "made:xlsx", null },
        { "made:pptx-like", null },
        { "made:xls", null },
        { "made:png", null },
        { "made:empty-zip", null },
        { "sample:clean-2023-linchuan-civil.txt", "text" },
        { "made:text-mentioning-pk", "text" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detect_PicksTheFormatOrRefuses(string sample, string? expected)
    {
        var bytes = Bytes(sample);
        Assert.Equal(expected, FormatRegistry.Default.Detect(bytes)?.Name);
        if (expected is null)
        {
            // refused with what it is, never read as something else
            var r = FormatRegistry.Default.Read(new ReportSource(sample, bytes));
            Assert.Null(r.Value);
            var d = Assert.Single(r.Diagnostics);
            Assert.Contains(d.Id, new[] { ReaderMessages.UnsupportedFormat, ReaderMessages.NotText });
        }
    }

    [Fact]
    public void Xlsx_RefusedAsAnExcelWorkbook()
    {
        var r = FormatRegistry.Default.Read(new ReportSource("report.docx", Bytes("made:xlsx")));
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ReaderMessages.UnsupportedFormat, d.Id);
        Assert.Contains("XLSX", d.Arg("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_KnowsEveryFormatOnce()
    {
        var names = FormatRegistry.Default.Formats.Select(f => f.Name).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Contains(DocxFormat.Instance, FormatRegistry.Default.Formats);
        Assert.Contains(LegacyWordFormat.Instance, FormatRegistry.Default.Formats);
        Assert.Contains(RtfFormat.Instance, FormatRegistry.Default.Formats);
        Assert.Contains(".docx", FormatRegistry.Default.Extensions);
        Assert.Contains(".wps", FormatRegistry.Default.Extensions);
    }

    internal static byte[] Bytes(string sample)
    {
        var (kind, name) = (sample[..sample.IndexOf(':', StringComparison.Ordinal)], sample[(sample.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "docx" => File.ReadAllBytes(DocxCorpus.Path(name)),
            "sample" => File.ReadAllBytes(DocxCorpus.SamplePath(name)),
            _ => name switch
            {
                // a WPS document is a Word 97 file to the detector, whatever it is called
                "wps-named-doc" => File.ReadAllBytes(DocxCorpus.Path("linchuan-2023.doc")),
                "rtf-with-bom" => [0xEF, 0xBB, 0xBF, .. "\r\n{\\rtf1\\ansi 一、总体情况\\par}"u8],
                "plain-zip" => MiniDocx.Zip(("notes.txt", MiniDocx.Utf8("一、总体情况")), ("word.txt", MiniDocx.Utf8("x"))),
                "xlsx" => Xlsx(),
                "pptx-like" => MiniDocx.Zip(("[Content_Types].xml", MiniDocx.Utf8(RawDocx.ContentTypes)), ("ppt/presentation.xml", MiniDocx.Utf8("<p/>"))),
                "xls" => RawDocx.Ole2("Workbook"),
                "png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0],
                "empty-zip" => [(byte)'P', (byte)'K', 5, 6, .. new byte[18]],
                "text-mentioning-pk" => MiniDocx.Utf8("PK 是压缩包的开头，word/document.xml 是正文。\n一、总体情况\n"),
                _ => throw new ArgumentException(sample),
            },
        };
    }

    private static byte[] Xlsx()
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        }

        return ms.ToArray();
    }
}

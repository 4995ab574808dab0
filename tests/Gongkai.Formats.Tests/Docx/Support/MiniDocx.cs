using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Layout;

namespace Gongkai.Tests.Docx;

/// <summary>Small DOCX files built in memory for unit tests: a body fragment, optional styles and numbering.</summary>
internal static class MiniDocx
{
    public static byte[] FromBody(string bodyXml, string? stylesXml = null, string? numberingXml = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            PlanDocx.Feed(main, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + PlanDocx.Ns + "><w:body>" + bodyXml + "</w:body></w:document>");
            if (stylesXml is not null)
            {
                PlanDocx.Feed(main.AddNewPart<StyleDefinitionsPart>(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + PlanDocx.Ns + ">" + stylesXml + "</w:styles>");
            }

            if (numberingXml is not null)
            {
                PlanDocx.Feed(main.AddNewPart<NumberingDefinitionsPart>(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + PlanDocx.Ns + ">" + numberingXml + "</w:numbering>");
            }
        }

        return ms.ToArray();
    }

    /// <summary>A zip with the given entries (name, content), each deflated; for damaged and hostile packages.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        }

        return ms.ToArray();
    }

    /// <summary>The parts of a DOCX as (name, bytes), to rebuild it with one part changed.</summary>
    public static List<(string Name, byte[] Content)> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var list = new List<(string, byte[])>();
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            list.Add((e.FullName, copy.ToArray()));
        }

        return list;
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static string P(string text) => "<w:p><w:r><w:t xml:space=\"preserve\">" + PlanDocx.Esc(text) + "</w:t></w:r></w:p>";

    /// <summary>The layout of a DOCX, its plain text and the reader's diagnostics.</summary>
    public static (LayoutDocument? Layout, string Text, List<Diagnostic> Diagnostics) Layout(byte[] docx, DocxReaderOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var layout = DocxReaderCore.ReadLayout(docx, ReaderOptions.Default, options ?? DocxReaderOptions.Default, "docx", diagnostics, out var text);
        return (layout, text, diagnostics);
    }

    public static List<LayoutParagraph> Paragraphs(LayoutDocument layout) => [.. layout.Blocks.OfType<LayoutParagraph>()];

    public static List<LayoutTable> Tables(LayoutDocument layout) => [.. layout.Blocks.OfType<LayoutTable>()];

    public static string[][] Texts(LayoutTable t) => [.. t.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];
}

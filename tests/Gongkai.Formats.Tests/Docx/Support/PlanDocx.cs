using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Schema;

namespace Gongkai.Tests.Docx;

/// <summary>
/// Builds a DOCX from a report plan with the Open XML SDK, carrying reading hazards that LibreOffice never produces
/// (see <see cref="DocxHazards"/>). The SDK makes the package; the parts' XML is written here directly so that each
/// hazard is exactly what Word writes. For test documents only.
/// </summary>
internal static partial class PlanDocx
{
    public const string Ns =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";

    public static byte[] Build(ReportPlan plan, DocxHazards hazards)
    {
        var body = new StringBuilder();
        var writer = new BodyWriter(body, hazards);
        writer.Write(plan);
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + Ns + "><w:body>" + body +
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1200\" w:bottom=\"1440\" w:left=\"1200\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";

        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Feed(main, xml);
            Feed(main.AddNewPart<StyleDefinitionsPart>(), StylesXml);
            Feed(main.AddNewPart<NumberingDefinitionsPart>(), NumberingXml);
            if (writer.Link is { } link)
            {
                main.AddHyperlinkRelationship(new Uri(link), true, "rIdLink1");
            }

            doc.PackageProperties.Creator = "Gongkai tests";
        }

        return ms.ToArray();
    }

    internal static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(s);
    }

    public static string Esc(string s) => SecurityElement.Escape(s) ?? string.Empty;

    private const string StylesXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles " + Ns + ">" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:rPr><w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:pPr><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"30\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"SectionHeading\"><w:name w:val=\"章节标题\"/><w:basedOn w:val=\"2\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>" +
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>" +
        "</w:styles>";

    /// <summary>List 1: 一、 二、 三、 … (chineseCounting), the way Chinese Word templates number section headings.</summary>
    private const string NumberingXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering " + Ns + ">" +
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
        "</w:numbering>";

    /// <summary>The plan table's rows as grid rows: each printed cell with its grid column, and vMerge continuations filled in.</summary>
    internal static List<List<(PlanCell Cell, bool Continues)>> Grid(PlanTable table)
    {
        var pending = new (PlanCell Cell, int Left)?[table.Width];
        var result = new List<List<(PlanCell, bool)>>();
        foreach (var row in table.Rows)
        {
            var cells = new List<(PlanCell, bool)>();
            var queue = new Queue<PlanCell>(row);
            var col = 0;
            while (col < table.Width)
            {
                if (pending[col] is { } p && p.Left > 0)
                {
                    cells.Add((p.Cell, true));
                    pending[col] = p.Left > 1 ? (p.Cell, p.Left - 1) : null;
                    col += p.Cell.ColSpan;
                    continue;
                }

                if (queue.Count == 0)
                {
                    break;
                }

                var c = queue.Dequeue();
                cells.Add((c, false));
                pending[col] = c.RowSpan > 1 ? (c, c.RowSpan - 1) : null;
                col += c.ColSpan;
            }

            result.Add(cells);
        }

        return result;
    }

    internal static bool IsTable(PlanItem item, TableId id) => item.Table?.Id == id;
}

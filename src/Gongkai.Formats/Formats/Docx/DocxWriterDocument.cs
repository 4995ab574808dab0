using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Builds the Word document: the parts (styles, fonts, settings, footer) under fixed relationship IDs, and the body —
/// title, preamble, sections and tables — followed by an A4 section with the customary margins of official documents
/// (上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm) and "— 1 —" page numbers in the footer.
/// </summary>
internal static class DocxWriterDocument
{
    // A4 and the margins in twentieths of a point (1 mm = 56.7)
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Top = 2098;
    private const int Bottom = 1984;
    private const int Left = 1587;
    private const int Right = 1474;
    private const int TextWidth = PageWidth - Left - Right;

    public static void Build(WordprocessingDocument document, IEnumerable<OutlineBlock> blocks)
    {
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxWriterStyles.Create();
        main.AddNewPart<FontTablePart>("rIdFonts").Fonts = DocxWriterStyles.FontTable();
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = new Footer(DocxWriterParagraphs.PageNumber());

        var body = new Body();
        var list = blocks.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            switch (list[i])
            {
                case TitleBlock t:
                    body.Append(DocxWriterParagraphs.Title(t));
                    break;
                case HeadingBlock h:
                    body.Append(DocxWriterParagraphs.Heading(h));
                    break;
                case ParagraphBlock p:
                    body.Append(DocxWriterParagraphs.Paragraph(p));
                    break;
                case TableBlock table:
                    body.Append(DocxWriterTableRenderer.Write(table.Grid, TextWidth, table.ContinuesPrevious));

                    // a little air below a table; the blocks of table 1 run on as one table
                    if (!(i + 1 < list.Count && list[i + 1] is TableBlock { ContinuesPrevious: true }))
                    {
                        body.Append(DocxWriterParagraphs.Styled(DocxWriterStyles.TableTextId));
                    }

                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + list[i].GetType().Name);
            }
        }

        body.Append(Section());
        main.Document = new Document(body);
    }

    private static SectionProperties Section() => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = Top, Bottom = Bottom, Left = Left, Right = Right, Header = 851, Footer = 1134, Gutter = 0 },
        new DocGrid { LinePitch = 312 });

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}

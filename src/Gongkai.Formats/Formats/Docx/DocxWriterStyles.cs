using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.Docx;

/// <summary>
/// The styles of a written report: 三号 (16 pt) 仿宋 text at a fixed 28 pt line pitch with a two-character first-line
/// indent (22 lines to an A4 page with official margins), the title in 二号 (22 pt) 小标宋, section headings in 三号
/// 黑体 as Heading 1 (they show in Word's navigation pane), run-in headings in 楷体, tables in 五号 (10.5 pt) 宋体.
/// </summary>
internal static class DocxWriterStyles
{
    public const string TitleId = "Title";
    public const string HeadingId = "Heading1";
    public const string RunInId = "GkRunIn";
    public const string TableTextId = "GkTableText";
    public const string TableLabelId = "GkTableLabel";
    public const string FooterId = "Footer";
    public const string GridId = "GkGrid";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(DocxWriterFonts.Latin, DocxWriterFonts.Body),
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }))),
        Paragraph("Normal", "Normal", null, isDefault: true,
            new ParagraphProperties(new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both }),
            null),
        Paragraph(TitleId, "Title", "Normal", false,
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "0", After = "560", Line = "720", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(DocxWriterFonts.Title, DocxWriterFonts.Title), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
        Paragraph(HeadingId, "heading 1", "Normal", false,
            new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(DocxWriterFonts.Heading, DocxWriterFonts.Heading))),
        new Style(
            new StyleName { Val = "Gongkai run-in heading" },
            new PrimaryStyle(),
            new StyleRunProperties(Fonts(DocxWriterFonts.RunIn, DocxWriterFonts.RunIn)))
        { Type = StyleValues.Character, StyleId = RunInId },
        Paragraph(TableTextId, "Gongkai table text", "Normal", false,
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "260", LineRule = LineSpacingRuleValues.AtLeast },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(DocxWriterFonts.Latin, DocxWriterFonts.Table), new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })),
        Paragraph(TableLabelId, "Gongkai table label", TableTextId, false,
            new ParagraphProperties(new Justification { Val = JustificationValues.Left }),
            null),
        Paragraph(FooterId, "footer", "Normal", false,
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(DocxWriterFonts.Latin, DocxWriterFonts.Table), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
        new Style(
            new StyleName { Val = "Gongkai grid" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = GridId });

    public static RunFonts Fonts(string latin, string eastAsian) =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsian, ComplexScript = latin };

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, ParagraphProperties? p, StyleRunProperties? r)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (p is not null)
        {
            style.Append(new StyleParagraphProperties(p.ChildElements.Select(c => c.CloneNode(true))));
        }

        if (r is not null)
        {
            style.Append(r);
        }

        return style;
    }

    /// <summary>The font table: each face with its alternative and its family, GB2312 character set.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Fonts FontTable()
    {
        var fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts();
        foreach (var (name, alternative, serif) in DocxWriterFonts.All)
        {
            var latin = name == DocxWriterFonts.Latin;
            fonts.Append(new Font(
                new AltName { Val = alternative },
                new FontCharSet { Val = latin ? "00" : "86" },
                new FontFamily { Val = serif ? FontFamilyValues.Roman : FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = name });
        }

        return fonts;
    }
}

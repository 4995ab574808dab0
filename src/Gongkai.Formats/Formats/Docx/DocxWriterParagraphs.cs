using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.Docx;

/// <summary>The title, section headings and paragraphs as Word paragraphs in the report's styles.</summary>
internal static class DocxWriterParagraphs
{
    public static Paragraph Title(TitleBlock title) => Styled(DocxWriterStyles.TitleId, Text(title.Text));

    public static Paragraph Heading(HeadingBlock heading) => Styled(DocxWriterStyles.HeadingId, Text(heading.Text));

    /// <summary>A paragraph; its run-in heading ("（一）主动公开。") in its own run, set in 楷体.</summary>
    public static Paragraph Paragraph(ParagraphBlock paragraph)
    {
        var text = paragraph.Text;
        var head = RunInHeading.Length(text);
        if (head == 0)
        {
            return new Paragraph(Text(text));
        }

        var runIn = Text(text[..head]);
        runIn.PrependChild(new RunProperties(new RunStyle { Val = DocxWriterStyles.RunInId }));
        return head == text.Length ? new Paragraph(runIn) : new Paragraph(runIn, Text(text[head..]));
    }

    public static Paragraph Styled(string style, params OpenXmlElement[] content)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(content);
        return p;
    }

    /// <summary>A run of text, its spaces kept.</summary>
    public static Run Text(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>The footer: "— 1 —" centred, the number a PAGE field.</summary>
    public static Paragraph PageNumber() => Styled(
        DocxWriterStyles.FooterId,
        Text("— "),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Text("1"),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        Text(" —"));
}

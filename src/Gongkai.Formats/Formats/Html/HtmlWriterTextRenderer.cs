using System.Globalization;
using System.Text;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.Html;

/// <summary>The title, section headings and paragraphs as HTML elements.</summary>
internal static class HtmlWriterTextRenderer
{
    public static void Title(StringBuilder sb, TitleBlock title) =>
        sb.Append("<h1>").AppendEncoded(title.Text).Append("</h1>\n");

    public static void Heading(StringBuilder sb, HeadingBlock heading) =>
        sb.Append("<h2 id=\"").Append(Id(heading)).Append("\">").AppendEncoded(heading.Text).Append("</h2>\n");

    /// <summary>A paragraph; its run-in heading ("（一）主动公开。") in a span the stylesheet sets in 楷体.</summary>
    public static void Paragraph(StringBuilder sb, ParagraphBlock paragraph)
    {
        var text = paragraph.Text;
        var head = RunInHeading.Length(text);
        sb.Append("<p>");
        if (head > 0)
        {
            sb.Append("<span class=\"gk-run-in\">").AppendEncoded(text[..head]).Append("</span>").AppendEncoded(text[head..]);
        }
        else
        {
            sb.AppendEncoded(text);
        }

        sb.Append("</p>\n");
    }

    public static string Id(HeadingBlock heading) => "gk-s" + ((int)heading.Section).ToString(CultureInfo.InvariantCulture);
}

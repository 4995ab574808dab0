using System.Text;
using Gongkai.Formats.Writing;
using Gongkai.Reports;

namespace Gongkai.Formats.Html;

/// <summary>
/// Writes a report as one HTML page: an <c>article</c> ready to paste into a government website (headings, paragraphs
/// and semantic tables with merged cells and header cells), a screen stylesheet scoped to it, and a print stylesheet
/// for A4 with official margins and page numbers — the page the PDF writer prints.
/// </summary>
public sealed class HtmlWriter : IReportWriter
{
    public static HtmlWriter Instance { get; } = new();

    public string Format => "html";

    public string Extension => ".html";

    public WriteResult Write(ReportModel report, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        output.Write(new UTF8Encoding(false).GetBytes(WriteText(report)));
        return WriteResult.Ok;
    }

    /// <summary>The page as a string.</summary>
    public string WriteText(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var blocks = ReportOutline.Build(report);
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"gongkai\">\n<title>").AppendEncoded(ReportOutline.Title(report)).Append("</title>\n")
          .Append("<style>\n").Append(HtmlWriterStyles.Screen).Append("</style>\n")
          .Append("<style media=\"print\">\n").Append(HtmlWriterStyles.Print).Append("</style>\n")
          .Append("</head>\n<body>\n<article class=\"gk-report\">\n");

        HeadingBlock? open = null;
        for (var i = 0; i < blocks.Length; i++)
        {
            switch (blocks[i])
            {
                case TitleBlock t:
                    HtmlWriterTextRenderer.Title(sb, t);
                    break;
                case HeadingBlock h:
                    sb.Append(open is null ? string.Empty : "</section>\n").Append("<section aria-labelledby=\"").Append(HtmlWriterTextRenderer.Id(h)).Append("\">\n");
                    open = h;
                    HtmlWriterTextRenderer.Heading(sb, h);
                    break;
                case ParagraphBlock p:
                    HtmlWriterTextRenderer.Paragraph(sb, p);
                    break;
                case TableBlock table:
                    var labelledBy = open is not null && (int)open.Section == (int)table.Grid.Table + 1 ? HtmlWriterTextRenderer.Id(open) : null;
                    var continued = i + 1 < blocks.Length && blocks[i + 1] is TableBlock { ContinuesPrevious: true };
                    HtmlWriterTableRenderer.Write(sb, table, labelledBy, continued);
                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + blocks[i].GetType().Name);
            }
        }

        sb.Append(open is null ? string.Empty : "</section>\n").Append("</article>\n</body>\n</html>\n");
        return sb.ToString();
    }
}

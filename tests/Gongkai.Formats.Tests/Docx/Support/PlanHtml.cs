using System.Net;
using System.Text;

namespace Gongkai.Tests.Docx;

/// <summary>
/// A report plan as an HTML page (headings h1/h2, paragraphs, tables with rowspan/colspan), for LibreOffice to turn
/// into DOCX: its Writer maps h1/h2 to the Heading 1/2 styles and spans to gridSpan/vMerge, as a Word user's table would be.
/// </summary>
internal static class PlanHtml
{
    public static string Render(ReportPlan plan)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>report</title></head><body>\n");
        foreach (var item in plan.Items)
        {
            if (item.Table is { } t)
            {
                sb.Append("<table border=\"1\" cellspacing=\"0\">\n");
                foreach (var row in t.Rows)
                {
                    sb.Append("<tr>");
                    foreach (var c in row)
                    {
                        sb.Append("<td");
                        if (c.RowSpan > 1)
                        {
                            sb.Append(" rowspan=\"").Append(c.RowSpan).Append('"');
                        }

                        if (c.ColSpan > 1)
                        {
                            sb.Append(" colspan=\"").Append(c.ColSpan).Append('"');
                        }

                        sb.Append('>').Append(WebUtility.HtmlEncode(c.Text)).Append("</td>");
                    }

                    sb.Append("</tr>\n");
                }

                sb.Append("</table>\n");
                continue;
            }

            var tag = item.Level == 0 ? "p" : "h" + item.Level;
            sb.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(item.Text)).Append("</").Append(tag).Append(">\n");
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Labels;

namespace Gongkai.Formats.Pdf;

/// <summary>Page numbers printed in the margins, which are no part of the text and may fall inside a table ("-3-").</summary>
internal static partial class PageFurniture
{
    /// <summary>A page number in the bottom or top margin with nothing further out: "-3-", "— 3 —", "第 3 页", "3/12".</summary>
    public static bool IsFurniture(PdfLine line, PdfPage page)
    {
        if (page.Height <= 0)
        {
            return false;
        }

        var bottom = line.Box.YMin > page.Height * 0.85;
        var top = line.Box.YMax < page.Height * 0.08;
        if (!bottom && !top)
        {
            return false;
        }

        var sb = new StringBuilder();
        foreach (var w in line.Words)
        {
            sb.Append(LabelNormalizer.NormalizeText(w.Text));
        }

        if (!PageNumber().IsMatch(sb.ToString()))
        {
            return false;
        }

        // alone on its level, and nothing further out: a table's last row of one-digit values is not a footer
        var half = Math.Max(line.Box.Height / 2, 1);
        foreach (var other in page.Lines)
        {
            if (ReferenceEquals(other, line))
            {
                continue;
            }

            if (Math.Abs(other.Box.YCenter - line.Box.YCenter) <= half
                || (bottom && other.Box.YCenter > line.Box.YCenter) || (top && other.Box.YCenter < line.Box.YCenter))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:[-—–_~·•]*\s*\d{1,4}\s*[-—–_~·•]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();
}

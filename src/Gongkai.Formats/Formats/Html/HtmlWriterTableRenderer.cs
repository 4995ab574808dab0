using System.Globalization;
using System.Text;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.Html;

/// <summary>
/// A table with real merged cells (rowspan, colspan), its column headers in a <c>thead</c> as <c>th scope="col"</c>
/// (or <c>colgroup</c> when merged), row labels as <c>th scope="row"</c> (or <c>rowgroup</c>), values as <c>td</c>. The
/// <c>border="1"</c> keeps the rules visible when a website's editor strips the stylesheet.
/// </summary>
internal static class HtmlWriterTableRenderer
{
    /// <param name="block">The table.</param>
    /// <param name="labelledBy">The id of the section heading that names it.</param>
    /// <param name="continued">True when the next block of table 1 goes on directly under it.</param>
    public static void Write(StringBuilder sb, TableBlock block, string? labelledBy, bool continued)
    {
        var grid = block.Grid;
        sb.Append("<table border=\"1\"");
        var classes = (block.ContinuesPrevious ? "gk-cont " : string.Empty) + (continued ? "gk-joined" : string.Empty);
        if (classes.Length > 0)
        {
            sb.Append(" class=\"").Append(classes.Trim()).Append('"');
        }

        if (labelledBy is not null)
        {
            sb.Append(" aria-labelledby=\"").Append(labelledBy).Append('"');
        }

        sb.Append(">\n<colgroup>");
        var total = grid.ColumnWeights.Sum();
        foreach (var w in grid.ColumnWeights)
        {
            sb.Append("<col style=\"width:").Append((100.0 * w / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        }

        sb.Append("</colgroup>\n");
        for (var r = 0; r < grid.Rows.Length; r++)
        {
            if (r == 0)
            {
                sb.Append(grid.HeaderRows > 0 ? "<thead>\n" : "<tbody>\n");
            }
            else if (r == grid.HeaderRows)
            {
                sb.Append("</thead>\n<tbody>\n");
            }

            sb.Append("<tr>");
            foreach (var cell in grid.Rows[r])
            {
                Cell(sb, cell);
            }

            sb.Append("</tr>\n");
        }

        sb.Append(grid.HeaderRows >= grid.Rows.Length ? "</thead>\n" : "</tbody>\n").Append("</table>\n");
    }

    private static void Cell(StringBuilder sb, GridCell cell)
    {
        var (tag, scope, cls) = cell.Kind switch
        {
            GridCellKind.Value => ("td", null, null),
            GridCellKind.Note => ("td", null, "gk-note"),
            GridCellKind.RowHeader => ("th", cell.RowSpan > 1 ? "rowgroup" : "row", null),
            GridCellKind.BlockHeader => ("th", "colgroup", "gk-block"),
            _ => ("th", cell.ColSpan > 1 ? "colgroup" : "col", null),
        };
        sb.Append('<').Append(tag);
        if (scope is not null)
        {
            sb.Append(" scope=\"").Append(scope).Append('"');
        }

        if (cls is not null)
        {
            sb.Append(" class=\"").Append(cls).Append('"');
        }

        if (cell.RowSpan > 1)
        {
            sb.Append(" rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (cell.ColSpan > 1)
        {
            sb.Append(" colspan=\"").Append(cell.ColSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        sb.Append('>').AppendEncoded(cell.Text).Append("</").Append(tag).Append('>');
    }
}

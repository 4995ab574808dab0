using System.Text;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.Markdown;

/// <summary>
/// A table as a pipe table. Markdown has no merged cells: a merged header or label prints once and leaves the cells
/// it covers empty (see <see cref="TextGrid"/>). The first row is the pipe table's header, as Markdown requires; the
/// later blocks of table 1 go on in the same pipe table.
/// </summary>
internal static class MarkdownTableRenderer
{
    public static void Write(StringBuilder sb, TableBlock block, bool continued)
    {
        var grid = block.Grid;
        var width = grid.Table == Schema.TableId.Proactive ? ProactiveGrid.Width : grid.Columns;
        var rows = TextGrid.Rows(grid, width);
        for (var r = 0; r < rows.Count; r++)
        {
            Row(sb, rows[r]);
            if (r == 0 && !block.ContinuesPrevious)
            {
                sb.Append('|');
                for (var k = 0; k < width; k++)
                {
                    sb.Append(" --- |");
                }

                sb.Append('\n');
            }
        }

        if (!continued)
        {
            sb.Append('\n');
        }
    }

    private static void Row(StringBuilder sb, string[] cells)
    {
        sb.Append('|');
        foreach (var c in cells)
        {
            sb.Append(' ').Append(c.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        sb.Append('\n');
    }
}

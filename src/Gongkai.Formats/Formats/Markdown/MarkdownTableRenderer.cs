using System.Text;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.Markdown;

/// <summary>
/// A table as a pipe table. Markdown has no merged cells: a merged header or label prints once and leaves the cells
/// it covers empty (see <see cref="TextGrid"/>). The first row is the pipe table's header, as Markdown requires.
/// </summary>
internal static class MarkdownTableRenderer
{
    public static void Write(StringBuilder sb, TableGrid grid)
    {
        var rows = TextGrid.Rows(grid);
        for (var r = 0; r < rows.Count; r++)
        {
            Row(sb, rows[r]);
            if (r == 0)
            {
                sb.Append('|');
                for (var k = 0; k < grid.Columns; k++)
                {
                    sb.Append(" --- |");
                }

                sb.Append('\n');
            }
        }

        sb.Append('\n');
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

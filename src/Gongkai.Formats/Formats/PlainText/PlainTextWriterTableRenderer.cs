using System.Text;
using Gongkai.Formats.Writing;

namespace Gongkai.Formats.PlainText;

/// <summary>A table as tab-separated lines, one per row of the grid (see <see cref="TextGrid"/>).</summary>
internal static class PlainTextWriterTableRenderer
{
    public static void Write(StringBuilder sb, TableGrid grid)
    {
        foreach (var row in TextGrid.Rows(grid, grid.Table == Schema.TableId.Proactive ? ProactiveGrid.Width : 0))
        {
            sb.AppendJoin('\t', row).Append('\n');
        }
    }
}

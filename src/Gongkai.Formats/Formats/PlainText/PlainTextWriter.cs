using System.Text;
using Gongkai.Formats.Writing;
using Gongkai.Reports;

namespace Gongkai.Formats.PlainText;

/// <summary>
/// Writes a report in the plain-text form of the examples: one paragraph per line with a blank line after it, tables
/// as tab-separated rows in which merged cells leave empty cells. UTF-8 without a byte-order mark, LF line ends. The
/// plain-text reader reads it back to the same model.
/// </summary>
public sealed class PlainTextWriter : IReportWriter
{
    public static PlainTextWriter Instance { get; } = new();

    public string Format => "txt";

    public string Extension => ".txt";

    public WriteResult Write(ReportModel report, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = new UTF8Encoding(false).GetBytes(WriteText(report));
        output.Write(bytes);
        return WriteResult.Ok;
    }

    /// <summary>The document as a string.</summary>
    public string WriteText(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(16 * 1024);
        var blocks = ReportOutline.Build(report);
        for (var i = 0; i < blocks.Length; i++)
        {
            switch (blocks[i])
            {
                case TitleBlock t:
                    sb.Append(t.Text).Append("\n\n");
                    break;
                case HeadingBlock h:
                    sb.Append(h.Text).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    sb.Append(p.Text).Append("\n\n");
                    break;
                case TableBlock table:
                    PlainTextWriterTableRenderer.Write(sb, table.Grid);

                    // the blocks of table 1 run on as one table
                    if (!(i + 1 < blocks.Length && blocks[i + 1] is TableBlock { ContinuesPrevious: true }))
                    {
                        sb.Append('\n');
                    }

                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + blocks[i].GetType().Name);
            }
        }

        // one newline at the end of the file
        while (sb.Length > 1 && sb[^1] == '\n' && sb[^2] == '\n')
        {
            sb.Length--;
        }

        return sb.ToString();
    }
}

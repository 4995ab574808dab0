using System.Text;
using Gongkai.Formats.Writing;
using Gongkai.Reports;

namespace Gongkai.Formats.Markdown;

/// <summary>
/// Writes a report as Markdown: the title as a level-1 heading, the six section headings at level 2, paragraphs
/// separated by blank lines, and the tables as pipe tables whose merged cells are left empty. The plain-text reader
/// reads it back to the same model.
/// </summary>
public sealed class MarkdownWriter : IReportWriter
{
    public static MarkdownWriter Instance { get; } = new();

    public string Format => "md";

    public string Extension => ".md";

    public WriteResult Write(ReportModel report, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        output.Write(new UTF8Encoding(false).GetBytes(WriteText(report)));
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
                    MarkdownTextRenderer.Heading(sb, 1, t.Text);
                    break;
                case HeadingBlock h:
                    MarkdownTextRenderer.Heading(sb, 2, h.Text);
                    break;
                case ParagraphBlock p:
                    MarkdownTextRenderer.Paragraph(sb, p.Text);
                    break;
                case TableBlock table:
                    MarkdownTableRenderer.Write(sb, table, i + 1 < blocks.Length && blocks[i + 1] is TableBlock { ContinuesPrevious: true });
                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + blocks[i].GetType().Name);
            }
        }

        while (sb.Length > 1 && sb[^1] == '\n' && sb[^2] == '\n')
        {
            sb.Length--;
        }

        return sb.ToString();
    }
}

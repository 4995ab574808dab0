using System.Text;

namespace Gongkai.Formats.Markdown;

/// <summary>Headings and paragraphs in Markdown, each followed by a blank line.</summary>
internal static class MarkdownTextRenderer
{
    public static void Heading(StringBuilder sb, int level, string text) =>
        sb.Append('#', level).Append(' ').Append(text).Append("\n\n");

    /// <summary>
    /// A paragraph on one line. Its text is not escaped: the Chinese prose of a report has no Markdown syntax to
    /// speak of, and the text must read back exactly.
    /// </summary>
    public static void Paragraph(StringBuilder sb, string text) => sb.Append(text).Append("\n\n");
}

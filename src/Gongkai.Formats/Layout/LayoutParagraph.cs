using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>A paragraph (for plain text: one line) with its text trimmed and Markdown heading marks removed.</summary>
/// <param name="HeadingLevel">The heading level the document gave it (Markdown "#", HTML h1–h6, a Word heading style); 0 for none.</param>
public sealed record LayoutParagraph(string Text, SourceRef Where, int HeadingLevel = 0) : LayoutBlock(Where);

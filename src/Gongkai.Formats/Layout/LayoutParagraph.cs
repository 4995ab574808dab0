using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>A paragraph (for plain text: one line) with its text trimmed and Markdown heading marks removed.</summary>
/// <param name="HeadingLevel">The heading level the document gave it (Markdown "#", HTML h1–h6, a Word heading style); 0 for none.</param>
/// <param name="Raw">The text before full-width normalisation, when it differs and cannot be had from <see cref="LayoutDocument.Original"/>.</param>
public sealed record LayoutParagraph(string Text, SourceRef Where, int HeadingLevel = 0, string? Raw = null) : LayoutBlock(Where);

namespace Gongkai.Formats.Writing;

/// <summary>A paragraph of prose, on one line (line breaks and tabs inside it were made spaces).</summary>
/// <param name="InSection">The section it belongs to; null for the preamble before section 一.</param>
public sealed record ParagraphBlock(string Text, Schema.SectionId? InSection) : OutlineBlock;

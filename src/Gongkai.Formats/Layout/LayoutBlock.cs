using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>A block of a document in reading order: a paragraph of prose or a table.</summary>
public abstract record LayoutBlock(SourceRef Where);

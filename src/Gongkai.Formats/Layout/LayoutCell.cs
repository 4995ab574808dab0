using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>One cell of a table row as the document printed it: its text (normalised, trimmed) and where it stood.</summary>
public readonly record struct LayoutCell(string Text, SourceRef Where);

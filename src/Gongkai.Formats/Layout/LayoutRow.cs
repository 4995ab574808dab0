using System.Collections.Immutable;
using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>A row of a table: its cells from left to right.</summary>
public sealed record LayoutRow(ImmutableArray<LayoutCell> Cells, SourceRef Where);

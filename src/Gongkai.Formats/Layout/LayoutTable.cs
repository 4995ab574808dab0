using System.Collections.Immutable;
using Gongkai.Text;

namespace Gongkai.Formats.Layout;

/// <summary>A table: its rows in order.</summary>
/// <param name="IsGrid">
/// True when cell positions are reliable columns (HTML or DOCX after rowspan/colspan are expanded); false when
/// merged cells shift later cells left (text copied from a web page or a PDF).
/// </param>
public sealed record LayoutTable(ImmutableArray<LayoutRow> Rows, SourceRef Where, bool IsGrid) : LayoutBlock(Where);

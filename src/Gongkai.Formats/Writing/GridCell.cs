namespace Gongkai.Formats.Writing;

/// <summary>
/// One printed cell of a table as the national format lays it out: where its top-left corner is, how many rows and
/// columns it spans, and what it holds. Cells covered by another cell's span are not listed.
/// </summary>
/// <param name="Text">The printed text ("" for a blank value).</param>
/// <param name="Row">0-based row of its top-left corner.</param>
/// <param name="Column">0-based column of its top-left corner.</param>
/// <param name="RowSpan">Rows it covers (1 or more).</param>
/// <param name="ColSpan">Columns it covers (1 or more).</param>
/// <param name="Kind">Header, label, note or value.</param>
/// <param name="FieldId">For a value, the schema field it shows ("t2.new.total"); otherwise null.</param>
public sealed record GridCell(string Text, int Row, int Column, int RowSpan, int ColSpan, GridCellKind Kind, string? FieldId = null)
{
    public bool IsHeader => Kind != GridCellKind.Value;
}

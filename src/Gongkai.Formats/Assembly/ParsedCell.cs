using Gongkai.Reports;

namespace Gongkai.Formats.Assembly;

/// <summary>A cell's text read as a value, with the unit that was printed inside it, if any ("251000元").</summary>
internal readonly record struct ParsedCell(CellValue Value, string? Unit)
{
    public bool IsValueLike => Value.State is CellState.Number or CellState.Blank or CellState.Placeholder;
}

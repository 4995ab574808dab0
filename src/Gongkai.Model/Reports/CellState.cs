namespace Gongkai.Reports;

/// <summary>
/// What a table cell holds. These states are never collapsed into each other: a blank is not 0, an absent row is
/// not a blank one.
/// </summary>
public enum CellState
{
    /// <summary>Its row, column or table is missing from the document.</summary>
    Absent = 0,

    /// <summary>A number was printed.</summary>
    Number = 1,

    /// <summary>The cell is present and empty.</summary>
    Blank = 2,

    /// <summary>The cell holds a mark meaning "not filled in": "/", "—", "-", "_", "无".</summary>
    Placeholder = 3,

    /// <summary>The cell holds text that is not a number, or its column could not be determined.</summary>
    Unreadable = 4,
}

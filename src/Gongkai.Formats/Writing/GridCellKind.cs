namespace Gongkai.Formats.Writing;

/// <summary>What a cell of a written table is, so each format can mark it up (a header cell, a value cell…).</summary>
public enum GridCellKind
{
    /// <summary>A column header ("自然人", "本年制发件数", "行政复议").</summary>
    ColumnHeader = 0,

    /// <summary>A header over a whole block of table 1 ("第二十条第（一）项").</summary>
    BlockHeader = 1,

    /// <summary>The label of a row ("规章", "（一）予以公开") or of a group of rows ("（三）不予公开").</summary>
    RowHeader = 2,

    /// <summary>A note the format prints in the table (the 勾稽关系 rule over the label columns).</summary>
    Note = 3,

    /// <summary>A cell holding a value of the model.</summary>
    Value = 4,
}

using System.Collections.Immutable;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>What a table row was recognised as, before the edition is known.</summary>
internal enum RowRole
{
    /// <summary>A labelled row of numbers.</summary>
    Data = 0,

    /// <summary>"（六）其他处理" printed with numbers: the 2019 single row, or a 2021 group collapsed into one row.</summary>
    OtherHandling = 1,

    /// <summary>A group label printed with numbers where the format has sub-rows.</summary>
    CollapsedGroup = 2,

    /// <summary>The unlabelled row of 15 numbers of table 3.</summary>
    AppealsValues = 3,
}

/// <summary>A row of numbers recognised by its label, waiting for the edition to be decided.</summary>
/// <param name="Cells">The row's cells.</param>
/// <param name="FirstValueIndex">The index of the first cell after the last label cell.</param>
/// <param name="ObservedColumns">For table 1: the column headers of the block as printed, in order.</param>
internal sealed record RowRecord(
    RowRole Role,
    TableId Table,
    LabelTarget? Target,
    ImmutableArray<LayoutCell> Cells,
    int FirstValueIndex,
    SourceRef Where,
    bool IsGrid,
    string? Block,
    ImmutableArray<LabelTarget> ObservedColumns,
    HeaderPositions Header)
{
    /// <summary>The cells after the last label cell, blanks included.</summary>
    public ReadOnlySpan<LayoutCell> Values => Cells.AsSpan()[Math.Min(FirstValueIndex, Cells.Length)..];

    /// <summary>Every official label the row's label matched, best first (a label may belong to both editions under different keys).</summary>
    public ImmutableArray<LabelTarget> Candidates { get; init; } = [];
}

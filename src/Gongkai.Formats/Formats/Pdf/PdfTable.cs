namespace Gongkai.Formats.Pdf;

/// <summary>A cell of a rebuilt table: its text as printed (empty for a blank) and where it stood.</summary>
internal sealed record PdfCell(string Text, PdfAnchor? Anchor)
{
    public static PdfCell Empty { get; } = new(string.Empty, null);

    /// <summary>A value may stand here but its column could not be told (<see cref="Layout.LayoutCell.Unplaced"/>).</summary>
    public bool Unplaced { get; init; }
}

/// <summary>A rebuilt table row, cells left to right.</summary>
internal sealed record PdfRow(List<PdfCell> Cells);

/// <summary>
/// A rebuilt table. <paramref name="IsGrid"/> when every value was placed in a column derived from the header's
/// geometry (cells then stand at fixed column positions); otherwise rows hold their labels and values in x order.
/// </summary>
internal sealed record PdfTable(List<PdfRow> Rows, bool IsGrid, int Page);

/// <summary>A row being rebuilt: its label cells, its value cells (one per column), and whether it is a header row.</summary>
internal sealed record BuiltRow(List<PdfCell> Labels, List<PdfCell> Values, bool IsHeader);

namespace Gongkai.Formats.Pdf;

/// <summary>A part of a printed table: the header bands and the rows under them (<see cref="TableParts"/>).</summary>
internal sealed class TablePart
{
    public List<PdfBand> Header { get; } = [];

    public List<PdfBand> Body { get; } = [];

    public double ValueLeft { get; set; } = double.MaxValue;

    public bool HasValues { get; set; }

    /// <summary>The values' left edge in the parts before: where a part with no value at all has its columns.</summary>
    public double TableValueLeft { get; init; } = double.MaxValue;
}

namespace Gongkai.Formats.Pdf;

/// <summary>A rectangle on a page in PDF points, y growing downwards, as pdftotext reports boxes.</summary>
internal readonly record struct PdfBox(double XMin, double YMin, double XMax, double YMax)
{
    public double Width => XMax - XMin;

    public double Height => YMax - YMin;

    public double XCenter => (XMin + XMax) / 2;

    public double YCenter => (YMin + YMax) / 2;

    public PdfBox Union(PdfBox other) =>
        new(Math.Min(XMin, other.XMin), Math.Min(YMin, other.YMin), Math.Max(XMax, other.XMax), Math.Max(YMax, other.YMax));

    /// <summary>Whether the horizontal extents overlap, each widened by <paramref name="slack"/>.</summary>
    public bool OverlapsX(PdfBox other, double slack = 0) => XMin - slack < other.XMax && other.XMin - slack < XMax;

    /// <summary>How much of the narrower of the two horizontal extents the other covers (0 to 1).</summary>
    public double XOverlapRatio(PdfBox other)
    {
        var overlap = Math.Min(XMax, other.XMax) - Math.Max(XMin, other.XMin);
        var narrower = Math.Min(Width, other.Width);
        return overlap <= 0 ? 0 : narrower <= 0 ? 1 : Math.Min(1, overlap / narrower);
    }
}

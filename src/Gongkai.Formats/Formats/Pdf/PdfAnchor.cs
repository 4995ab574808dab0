using System.Globalization;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Where a piece of text stood on a PDF page: the page (1-based) and the top-left corner of its box in PDF points,
/// measured from the page's top-left corner as pdftotext reports it. Written into <see cref="Text.SourceRef.Anchor"/>
/// as "p3 (x 384, y 512)" so that a reader of a finding can find the number on the printed page.
/// </summary>
public readonly record struct PdfAnchor(int Page, double X, double Y)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p{Page} (x {Math.Round(X):0}, y {Math.Round(Y):0})");
}

namespace Gongkai.Formats.Pdf;

/// <summary>One page of pdftotext's output: its size in points and its lines.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfLine> Lines);

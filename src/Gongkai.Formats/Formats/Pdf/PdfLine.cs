namespace Gongkai.Formats.Pdf;

/// <summary>A line of words as pdftotext grouped them, in its own reading order on the page.</summary>
/// <param name="Index">The line's 1-based position in pdftotext's reading order on its page.</param>
internal sealed record PdfLine(IReadOnlyList<PdfWord> Words, PdfBox Box, int Index);

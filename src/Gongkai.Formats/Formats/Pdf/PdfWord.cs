namespace Gongkai.Formats.Pdf;

/// <summary>A word as pdftotext found it: its text as printed (full-width digits kept) and its box.</summary>
internal sealed record PdfWord(string Text, PdfBox Box);

namespace Gongkai.Formats.Pdf;

/// <summary>A paragraph of running text: its text as printed and where its first line stood.</summary>
internal sealed record PdfParagraph(string Text, PdfAnchor Anchor);

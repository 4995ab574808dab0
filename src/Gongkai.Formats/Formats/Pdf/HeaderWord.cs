namespace Gongkai.Formats.Pdf;

/// <summary>A word of a table header (a vertical text counts as one word), with the page it stands on.</summary>
internal readonly record struct HeaderWord(string Text, PdfBox Box, int Page);

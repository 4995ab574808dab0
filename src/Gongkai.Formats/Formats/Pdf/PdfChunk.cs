namespace Gongkai.Formats.Pdf;

/// <summary>A run of bands in reading order that is either running text or one printed table.</summary>
internal sealed record PdfChunk(bool IsTable, List<PdfBand> Bands);

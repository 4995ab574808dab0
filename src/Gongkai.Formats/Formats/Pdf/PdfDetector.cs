namespace Gongkai.Formats.Pdf;

/// <summary>
/// Recognises a PDF by its "%PDF-" signature. Readers (and poppler) accept the signature anywhere in the first 1024
/// bytes, after junk some servers prepend, so a late signature counts too, a little less surely.
/// </summary>
public sealed class PdfDetector : IFormatDetector
{
    private static readonly byte[] Magic = "%PDF-"u8.ToArray();

    public static PdfDetector Instance { get; } = new();

    public int HeaderSize => 1024;

    public int Confidence(ReadOnlySpan<byte> header)
    {
        var at = header.IndexOf(Magic);
        return at switch
        {
            0 => 100,
            > 0 => 90,
            _ => 0,
        };
    }
}

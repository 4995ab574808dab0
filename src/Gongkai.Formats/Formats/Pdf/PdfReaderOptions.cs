namespace Gongkai.Formats.Pdf;

/// <summary>How the PDF reader runs poppler's pdftotext.</summary>
public sealed record PdfReaderOptions
{
    public static PdfReaderOptions Default { get; } = new();

    /// <summary>
    /// The pdftotext program: a name looked up on PATH (default "pdftotext", from the Debian package poppler-utils)
    /// or a full path.
    /// </summary>
    public string PdftotextPath { get; init; } = "pdftotext";

    /// <summary>
    /// How long pdftotext may run on one file before it is killed (default 30 s). A damaged or hostile PDF can make
    /// it loop; a batch must go on.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most text pdftotext may write (default 64 MiB); beyond it the PDF is refused. An annual report gives about
    /// 100 KB.
    /// </summary>
    public long MaxOutputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Where the PDF's bytes are written for pdftotext to read (default: the system's temporary folder). The file is
    /// removed when the run ends, whatever happened.
    /// </summary>
    public string? TempDirectory { get; init; }
}

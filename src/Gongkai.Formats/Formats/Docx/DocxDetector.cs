namespace Gongkai.Formats.Docx;

/// <summary>
/// A DOCX is a zip whose directory lists "[Content_Types].xml" and parts under "word/". Any other zip (an XLSX, a
/// PPTX, an ODT, a plain archive) is not a Word document and is not claimed. The zip's central directory sits at the
/// end of the file, so the detector looks at all of it; it only reads names, never inflates anything.
/// </summary>
public sealed class DocxDetector : IFormatDetector
{
    public static DocxDetector Instance { get; } = new();

    /// <summary>The whole file: the zip directory is at its end.</summary>
    public int HeaderSize => int.MaxValue;

    /// <summary>
    /// 100 for a zip whose directory lists "[Content_Types].xml" and "word/" parts; 60 for a damaged zip (no readable
    /// directory) whose first entries are those of a Word document, so that the reader can say what is broken; 0 otherwise.
    /// </summary>
    public int Confidence(ReadOnlySpan<byte> header)
    {
        if (!ZipDirectory.LooksLikeZip(header))
        {
            return 0;
        }

        var listing = ZipDirectory.List(header, maxNames: 4096);
        var contentTypes = false;
        var word = false;
        foreach (var name in listing.Names)
        {
            contentTypes |= name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
            word |= name.StartsWith("word/", StringComparison.OrdinalIgnoreCase);
        }

        if (listing.FromCentralDirectory)
        {
            return contentTypes && word ? 100 : 0;
        }

        return word ? 60 : 0;
    }
}

namespace Gongkai.Formats.LegacyWord;

/// <summary>
/// Word 97–2003 and WPS documents: an OLE2 compound file with a "WordDocument" stream. A password-protected DOCX is
/// an OLE2 file too (with an "EncryptedPackage" stream) and is claimed so that its reader can say it is encrypted.
/// Other OLE2 files (Excel, PowerPoint, Outlook messages) are not claimed.
/// </summary>
public sealed class LegacyWordDetector : IFormatDetector
{
    public static LegacyWordDetector Instance { get; } = new();

    /// <summary>The whole file: the directory may sit anywhere in it.</summary>
    public int HeaderSize => int.MaxValue;

    public int Confidence(ReadOnlySpan<byte> header) =>
        OleCompoundFile.HasSignature(header) && (OleCompoundFile.HasStream(header, "WordDocument") || OleCompoundFile.HasStream(header, "EncryptedPackage")) ? 100 : 0;
}

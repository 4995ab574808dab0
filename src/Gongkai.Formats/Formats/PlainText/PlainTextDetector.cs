using Gongkai.Formats.Decoding;

namespace Gongkai.Formats.PlainText;

/// <summary>Any text that is not binary is plain text, at the lowest confidence, so that every other format wins over it.</summary>
public sealed class PlainTextDetector : IFormatDetector
{
    public static PlainTextDetector Instance { get; } = new();

    public int HeaderSize => 8192;

    public int Confidence(ReadOnlySpan<byte> header) => header.Length > 0 && !TextDecoder.LooksBinary(header) ? 10 : 0;
}

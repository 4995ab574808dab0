namespace Gongkai.Formats.LegacyWord;

/// <summary>Rich Text Format: "{\rtf" at the start, after an optional UTF-8 byte-order mark and white space.</summary>
public sealed class RtfDetector : IFormatDetector
{
    public static RtfDetector Instance { get; } = new();

    public int HeaderSize => 64;

    public int Confidence(ReadOnlySpan<byte> header) => IsRtf(header) ? 100 : 0;

    internal static bool IsRtf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var i = 0;
        while (i < bytes.Length && i < 32 && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return bytes[i..].StartsWith("{\\rtf"u8);
    }
}

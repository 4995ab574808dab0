using System.Text;

namespace Gongkai.Formats.Decoding;

/// <summary>
/// Decodes the bytes of a text document: a byte-order mark decides; otherwise strict UTF-8; otherwise GB18030 (a
/// superset of GBK and GB2312, the encodings of older Chinese government pages).
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Gb18030 { get; } = GetGb18030();

    /// <summary>True when the bytes look binary: NUL bytes or many control characters in the first 8 KiB (UTF-16 with a BOM excepted).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes))
        {
            return false;
        }

        var n = Math.Min(bytes.Length, 8192);

        // the common case, text without control characters, in two vectorised searches
        var head = bytes[..n];
        if (head.IndexOfAnyInRange((byte)0x00, (byte)0x08) < 0 && head.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) < 0)
        {
            return false;
        }

        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return n > 0 && control * 100 > n;
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Lenient(bytes[3..], Encoding.UTF8, "UTF-8", wasUtf8: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Lenient(bytes[2..], Encoding.Unicode, "UTF-16LE", wasUtf8: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Lenient(bytes[2..], Encoding.BigEndianUnicode, "UTF-16BE", wasUtf8: false);
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "UTF-8", true, 0);
        }
        catch (DecoderFallbackException)
        {
            // not UTF-8: fall through to GB18030
        }

        return Lenient(bytes, Gb18030, "GB18030", wasUtf8: false);
    }

    /// <summary>Decodes with a named encoding (from a &lt;meta charset&gt; or an HTTP header).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding encoding, string name) => Lenient(bytes, encoding, name, encoding is UTF8Encoding);

    private static DecodedText Lenient(ReadOnlySpan<byte> bytes, Encoding encoding, string name, bool wasUtf8)
    {
        var text = encoding.GetString(bytes);
        var invalid = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                invalid++;
            }
        }

        return new DecodedText(text, name, wasUtf8, invalid);
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}

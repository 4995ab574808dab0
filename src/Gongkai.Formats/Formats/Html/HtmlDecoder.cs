using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Formats.Decoding;

namespace Gongkai.Formats.Html;

/// <summary>
/// Decodes a page's bytes. A byte-order mark decides. Otherwise the bytes themselves: text that is valid UTF-8 with
/// multi-byte sequences is UTF-8 whatever the page declares (sites converted to UTF-8 and kept their old
/// &lt;meta charset=gb2312&gt;). Otherwise the declaration in the first 4 KiB (&lt;meta charset&gt; or
/// &lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;) chooses among the Chinese encodings, GB2312 and
/// GBK read as GB18030, their superset (a GB2312 page holds GBK characters more often than not); a Western
/// single-byte declaration on a Chinese page is a mistake and is ignored. With no usable declaration, GB18030.
/// </summary>
/// <remarks>
/// AngleSharp can detect the encoding from a byte stream too, but its offsets would then be into a text we do not
/// hold: decoding here keeps every <see cref="Text.SourceRef"/> an offset into the text the reader parsed.
/// </remarks>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    static HtmlDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The decoded page and the encoding the page declared (lower case), if any.</summary>
    public static (DecodedText Decoded, string? Declared) Decode(ReadOnlySpan<byte> bytes)
    {
        var declared = DeclaredCharset(bytes);
        if (HasBom(bytes))
        {
            return (TextDecoder.Decode(bytes), declared);
        }

        var sniffed = TextDecoder.Decode(bytes);
        if (sniffed.WasUtf8)
        {
            return (sniffed, declared);
        }

        // not UTF-8: the declaration may name another encoding than GB18030
        if (declared is not null && ForName(declared) is { } named && named.CodePage != TextDecoder.Gb18030.CodePage && named is not UTF8Encoding)
        {
            return (TextDecoder.Decode(bytes, named, named.WebName.ToUpperInvariant()), declared);
        }

        return (sniffed, declared);
    }

    /// <summary>The encoding a declared charset means for a Chinese page, or null to decide from the bytes.</summary>
    internal static Encoding? ForName(string name)
    {
        switch (name)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58":
                return TextDecoder.Gb18030;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Encoding.UTF8;
            case "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" or "csbig5":
                return Encoding.GetEncoding("big5");
            default:
                // single-byte Western encodings cannot hold a Chinese report: decide from the bytes
                return null;
        }
    }

    /// <summary>The charset named by a &lt;meta&gt; in the first bytes, lower case, or null.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];

        // the markup is ASCII in every encoding we read (UTF-16 pages carry a BOM)
        var text = Encoding.Latin1.GetString(head);
        foreach (Match meta in MetaTag().Matches(text))
        {
            var m = Charset().Match(meta.Value);
            if (m.Success)
            {
                return m.Groups["c"].Value.Trim().ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool HasBom(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<c>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}

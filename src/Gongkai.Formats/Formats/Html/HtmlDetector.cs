using Gongkai.Formats.Decoding;

namespace Gongkai.Formats.Html;

/// <summary>
/// Recognises HTML by its markup: a doctype or &lt;html&gt; (60), a fragment that starts with a common tag (55), or
/// text dominated by tags of HTML (40) — all above plain text (10), so a page saved as .txt is still read as a page.
/// A plain-text report with a stray "&lt;" ("&lt;5 件") has no tags and stays plain text.
/// </summary>
public sealed class HtmlDetector : IFormatDetector
{
    /// <summary>Tags that mark a document as HTML when it starts with one or holds many.</summary>
    private static readonly string[] Tags =
    [
        "html", "head", "body", "div", "p", "span", "table", "tbody", "tr", "td", "th", "br", "h1", "h2", "h3", "h4", "h5", "h6",
        "a", "b", "strong", "font", "ul", "ol", "li", "meta", "style", "script", "section", "article", "center", "img", "link",
        "title", "em", "i", "u", "hr", "form", "iframe", "dl", "dt", "dd", "pre", "blockquote", "nav", "header", "footer",
    ];

    public static HtmlDetector Instance { get; } = new();

    public int HeaderSize => 8192;

    public int Confidence(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            header = header[3..];
        }
        else if (header.Length >= 2 && ((header[0] == 0xFF && header[1] == 0xFE) || (header[0] == 0xFE && header[1] == 0xFF)))
        {
            return FromUtf16(header);
        }

        if (header.Length == 0 || TextDecoder.LooksBinary(header))
        {
            return 0;
        }

        var start = 0;
        while (start < header.Length && header[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')
        {
            start++;
        }

        var lead = header[start..];
        if (StartsWithIgnoreCase(lead, "<!doctype html") || StartsWithIgnoreCase(lead, "<html") || (StartsWithIgnoreCase(lead, "<?xml") && Contains(header, "<html")))
        {
            return 60;
        }

        if (StartsWithIgnoreCase(lead, "<!--") || (lead.Length > 1 && lead[0] == '<' && TagAt(lead, 1) > 0))
        {
            return 55;
        }

        // a page saved with text before its markup: many tags of HTML, at least one closed
        var tags = 0;
        var closes = 0;
        for (var i = header.IndexOf((byte)'<'); i >= 0 && i + 1 < header.Length && tags < 64; i = Next(header, i))
        {
            var close = header[i + 1] == '/';
            if (TagAt(header, i + (close ? 2 : 1)) > 0)
            {
                tags++;
                closes += close ? 1 : 0;
            }
        }

        return tags >= 6 && closes >= 2 ? 40 : 0;
    }

    /// <summary>The next '&lt;' after <paramref name="i"/>, or -1 (a vectorised search: most of a plain-text report has none).</summary>
    private static int Next(ReadOnlySpan<byte> s, int i)
    {
        var k = s[(i + 1)..].IndexOf((byte)'<');
        return k < 0 ? -1 : i + 1 + k;
    }

    /// <summary>The length of a known tag name at <paramref name="i"/> followed by a delimiter, or 0.</summary>
    private static int TagAt(ReadOnlySpan<byte> s, int i)
    {
        foreach (var t in Tags)
        {
            if (i + t.Length < s.Length && StartsWithIgnoreCase(s[i..], t))
            {
                var after = s[i + t.Length];
                if (after is (byte)'>' or (byte)' ' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    return t.Length;
                }
            }
        }

        return 0;
    }

    private static int FromUtf16(ReadOnlySpan<byte> header)
    {
        var text = (header[0] == 0xFF ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode).GetString(header[2..(header.Length & ~1)]);
        var ascii = System.Text.Encoding.Latin1.GetBytes(text.Replace('\0', ' '));
        return ascii.Length > 0 && !ascii.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF]) ? Instance.Confidence(ascii) : 0;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, string prefix)
    {
        if (s.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            var c = s[i];
            if (c is >= (byte)'A' and <= (byte)'Z')
            {
                c = (byte)(c + 32);
            }

            if (c != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(ReadOnlySpan<byte> s, string value)
    {
        for (var i = 0; i + value.Length <= s.Length; i++)
        {
            if (StartsWithIgnoreCase(s[i..], value))
            {
                return true;
            }
        }

        return false;
    }
}

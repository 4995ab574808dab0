using System.Globalization;
using System.Xml;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Reads the XHTML that <c>pdftotext -bbox-layout</c> writes (page / flow / block / line / word elements with boxes)
/// in one streaming pass with an <see cref="XmlReader"/>, keeping only pages, lines and words: no DOM is built.
/// Damaged output (a PDF whose text layer decodes to characters XML forbids) ends the pass; the pages read so far
/// are kept and <c>complete</c> says so.
/// </summary>
internal static class BboxParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    public static List<PdfPage> Parse(Stream xhtml, out string? error)
    {
        ArgumentNullException.ThrowIfNull(xhtml);
        var pages = new List<PdfPage>();
        error = null;
        List<PdfLine>? lines = null;
        List<PdfWord>? words = null;
        double width = 0, height = 0;
        PdfBox lineBox = default;
        try
        {
            using var r = XmlReader.Create(xhtml, Settings);
            while (!r.EOF)
            {
                if (r.NodeType == XmlNodeType.Element)
                {
                    switch (r.LocalName)
                    {
                        case "page":
                            Flush(pages, ref lines, width, height);
                            width = Attribute(r, "width");
                            height = Attribute(r, "height");
                            lines = [];
                            break;
                        case "line":
                            lineBox = Box(r);
                            words = [];
                            break;
                        case "word" when words is not null:
                            var box = Box(r);
                            var text = StripInvisible(r.ReadElementContentAsString()).Trim();
                            if (text.Length > 0)
                            {
                                words.Add(new PdfWord(text, box));
                            }

                            continue;
                        default:
                            break;
                    }
                }
                else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "line" && words is not null && lines is not null)
                {
                    if (words.Count > 0)
                    {
                        lines.Add(new PdfLine(words, lineBox, lines.Count + 1));
                    }

                    words = null;
                }

                r.Read();
            }
        }
        catch (XmlException e)
        {
            error = e.Message;
        }

        Flush(pages, ref lines, width, height);
        return pages;
    }

    /// <summary>Removes zero-width characters, which some producers write between words and which print as nothing.</summary>
    private static string StripInvisible(string text)
    {
        if (text.AsSpan().IndexOfAny('\u200B', '\u200C', '\u200D') < 0 && text.AsSpan().IndexOfAny('\uFEFF', '\u2060') < 0)
        {
            return text;
        }

        return text.Replace("\u200B", string.Empty, StringComparison.Ordinal).Replace("\u200C", string.Empty, StringComparison.Ordinal)
            .Replace("\u200D", string.Empty, StringComparison.Ordinal).Replace("\uFEFF", string.Empty, StringComparison.Ordinal)
            .Replace("\u2060", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>
    /// Replaces control characters that XML forbids with spaces, in place. pdftotext copies them from damaged PDF
    /// metadata (a title in UTF-16 bytes) and text layers; they are single bytes in UTF-8, never part of a longer
    /// sequence, so the replacement cannot break a character.
    /// </summary>
    public static void Sanitize(Span<byte> utf8)
    {
        var i = utf8.IndexOfAnyInRange((byte)0, (byte)0x1F);
        while (i >= 0)
        {
            if (utf8[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                utf8[i] = (byte)' ';
            }

            var next = utf8[(i + 1)..].IndexOfAnyInRange((byte)0, (byte)0x1F);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    private static void Flush(List<PdfPage> pages, ref List<PdfLine>? lines, double width, double height)
    {
        if (lines is not null)
        {
            pages.Add(new PdfPage(pages.Count + 1, width, height, lines));
            lines = null;
        }
    }

    private static PdfBox Box(XmlReader r) =>
        new(Attribute(r, "xMin"), Attribute(r, "yMin"), Attribute(r, "xMax"), Attribute(r, "yMax"));

    private static double Attribute(XmlReader r, string name)
    {
        var s = r.GetAttribute(name);
        return s is not null && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;
    }
}

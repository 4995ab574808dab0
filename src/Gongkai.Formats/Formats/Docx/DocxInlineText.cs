using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static Gongkai.Formats.Docx.DocxNames;

namespace Gongkai.Formats.Docx;

/// <summary>
/// The text of one paragraph as Word prints it: runs inside hyperlinks, fields, content controls, smart tags and
/// tracked insertions are read; tracked deletions, field instructions, hidden runs and the placeholder text of an empty
/// content control are not. Line breaks become "\n" (the caller splits there), tabs "\t", symbols their character.
/// Text boxes met on the way are collected for the caller to read in place as blocks of their own.
/// </summary>
internal sealed class DocxInlineText
{
    /// <summary>WordprocessingML elements whose content is never printed text.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "softHyphen", "rt", "sdtPr", "sdtEndPr",
        "fldData", "footnoteReference", "endnoteReference", "commentReference", "annotationRef", "separator",
        "continuationSeparator", "lastRenderedPageBreak", "proofErr", "bookmarkStart", "bookmarkEnd", "fldChar",
    };

    private readonly StringBuilder _text = new();
    private readonly List<XElement> _boxes = [];
    private readonly int _maxDepth;

    public DocxInlineText(int maxDepth)
    {
        _maxDepth = maxDepth;
    }

    /// <summary>The text boxes (w:txbxContent) found in the last paragraph, in order.</summary>
    public IReadOnlyList<XElement> Boxes => _boxes;

    /// <summary>The printed text of <paramref name="paragraph"/>, "\n" where it breaks a line.</summary>
    public string Read(XElement paragraph)
    {
        _text.Clear();
        _boxes.Clear();
        foreach (var child in paragraph.Elements())
        {
            Walk(child, 0);
        }

        return _text.ToString();
    }

    private void Walk(XElement e, int depth)
    {
        if (depth > _maxDepth)
        {
            return;
        }

        var ns = e.Name.Namespace;
        if (ns == W)
        {
            switch (e.Name.LocalName)
            {
                case "t":
                    _text.Append(e.Value);
                    return;
                case "tab" or "ptab":
                    _text.Append('\t');
                    return;
                case "br" or "cr":
                    _text.Append('\n');
                    return;
                case "noBreakHyphen":
                    _text.Append('-');
                    return;
                case "sym":
                    Symbol(e);
                    return;
                case "txbxContent":
                    _boxes.Add(e);
                    return;
                case "r" when IsOn(e.Element(RPr)?.Element(Vanish)):
                    return;
                case "sdt" when IsShowingPlaceholder(e):
                    return;
                case var name when Skipped.Contains(name):
                    return;
                default:
                    break;
            }
        }
        else if (e.Name == AlternateContent)
        {
            if (Choose(e) is { } chosen)
            {
                foreach (var c in chosen.Elements())
                {
                    Walk(c, depth + 1);
                }
            }

            return;
        }
        else if (ns == M && e.Name.LocalName == "t")
        {
            _text.Append(e.Value);
            return;
        }

        foreach (var child in e.Elements())
        {
            Walk(child, depth + 1);
        }
    }

    /// <summary>The first mc:Choice (DrawingML text boxes), else the mc:Fallback (their VML copy): never both, or the text would be read twice.</summary>
    public static XElement? Choose(XElement alternateContent) =>
        alternateContent.Element(Choice) ?? alternateContent.Element(Fallback);

    /// <summary>A content control showing its placeholder ("单击或点击此处输入文字。") holds no content.</summary>
    public static bool IsShowingPlaceholder(XElement sdt) => IsOn(sdt.Element(SdtPr)?.Element(ShowingPlcHdr));

    /// <summary>
    /// w:sym names a character of a font: Symbol-font codes in the private-use range F020–F07E are the ASCII
    /// characters (the usual minus, plus, brackets); others are kept as given.
    /// </summary>
    private void Symbol(XElement sym)
    {
        var hex = sym.Attribute(CharAttribute)?.Value;
        if (hex is null || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code is <= 0 or > 0xFFFF)
        {
            return;
        }

        if (code is >= 0xF020 and <= 0xF07E && string.Equals(sym.Attribute(Font)?.Value, "Symbol", StringComparison.OrdinalIgnoreCase))
        {
            code -= 0xF000;
        }

        _text.Append((char)code);
    }
}

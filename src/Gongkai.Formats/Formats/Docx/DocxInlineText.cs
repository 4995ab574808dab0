using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.Docx;

/// <summary>
/// The text of one paragraph as Word prints it: runs inside hyperlinks, fields, content controls, smart tags and
/// tracked insertions are read; tracked deletions, field instructions, hidden runs and the placeholder text of an empty
/// content control are not. Line breaks become "\n" (the caller splits there), tabs "\t", symbols their character.
/// Text boxes met on the way are collected for the caller to read in place as blocks of their own.
/// </summary>
internal sealed class DocxInlineText
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>WordprocessingML elements whose content is never printed text.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "softHyphen", "rt", "sdtPr", "sdtEndPr",
        "fldData", "footnoteReference", "endnoteReference", "commentReference", "annotationRef", "separator",
        "continuationSeparator", "lastRenderedPageBreak", "proofErr", "bookmarkStart", "bookmarkEnd", "fldChar",
    };

    private readonly StringBuilder _text = new();
    private readonly List<OpenXmlElement> _boxes = [];
    private readonly int _maxDepth;

    public DocxInlineText(int maxDepth)
    {
        _maxDepth = maxDepth;
    }

    /// <summary>The text boxes (w:txbxContent) found in the last paragraph, in order.</summary>
    public IReadOnlyList<OpenXmlElement> Boxes => _boxes;

    /// <summary>The printed text of <paramref name="paragraph"/>, "\n" where it breaks a line.</summary>
    public string Read(Paragraph paragraph)
    {
        _text.Clear();
        _boxes.Clear();
        foreach (var child in paragraph.ChildElements)
        {
            Walk(child, 0);
        }

        return _text.ToString();
    }

    private void Walk(OpenXmlElement e, int depth)
    {
        if (depth > _maxDepth)
        {
            return;
        }

        if (e.NamespaceUri == W)
        {
            switch (e.LocalName)
            {
                case "t":
                    _text.Append(e.InnerText);
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
                    Symbol((SymbolChar)e);
                    return;
                case "txbxContent":
                    _boxes.Add(e);
                    return;
                case "r" when IsHidden(e):
                    return;
                case "sdt" when IsShowingPlaceholder(e):
                    return;
                case var name when Skipped.Contains(name):
                    return;
                default:
                    break;
            }
        }
        else if (e.NamespaceUri == Mc && e.LocalName == "AlternateContent")
        {
            if (Choose(e) is { } chosen)
            {
                foreach (var c in chosen.ChildElements)
                {
                    Walk(c, depth + 1);
                }
            }

            return;
        }
        else if (e.NamespaceUri == M && e.LocalName == "t")
        {
            _text.Append(e.InnerText);
            return;
        }

        foreach (var child in e.ChildElements)
        {
            Walk(child, depth + 1);
        }
    }

    /// <summary>The first mc:Choice (DrawingML text boxes), else the mc:Fallback (their VML copy): never both, or the text would be read twice.</summary>
    public static OpenXmlElement? Choose(OpenXmlElement alternateContent)
    {
        OpenXmlElement? fallback = null;
        foreach (var c in alternateContent.ChildElements)
        {
            if (c.LocalName == "Choice")
            {
                return c;
            }

            if (c.LocalName == "Fallback")
            {
                fallback ??= c;
            }
        }

        return fallback;
    }

    /// <summary>A content control showing its placeholder ("单击或点击此处输入文字。") holds no content.</summary>
    public static bool IsShowingPlaceholder(OpenXmlElement sdt)
    {
        foreach (var c in sdt.ChildElements)
        {
            if (c is SdtProperties p)
            {
                return p.GetFirstChild<ShowingPlaceholder>() is { } s && (s.Val is null || s.Val.Value);
            }
        }

        return false;
    }

    private static bool IsHidden(OpenXmlElement run) =>
        run.GetFirstChild<RunProperties>()?.GetFirstChild<Vanish>() is { } v && (v.Val is null || v.Val.Value);

    /// <summary>
    /// w:sym names a character of a font: Symbol-font codes in the private-use range F020–F07E are the ASCII
    /// characters (the usual minus, plus, brackets); others are kept as given.
    /// </summary>
    private void Symbol(SymbolChar sym)
    {
        var hex = sym.Char?.Value;
        if (hex is null || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code) || code is <= 0 or > 0xFFFF)
        {
            return;
        }

        if (code is >= 0xF020 and <= 0xF07E && string.Equals(sym.Font?.Value, "Symbol", StringComparison.OrdinalIgnoreCase))
        {
            code -= 0xF000;
        }

        _text.Append((char)code);
    }
}

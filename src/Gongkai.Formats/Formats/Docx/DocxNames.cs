using System.Globalization;
using System.Xml.Linq;

namespace Gongkai.Formats.Docx;

/// <summary>The WordprocessingML names the body walk looks for, and how Word spells their values.</summary>
internal static class DocxNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>The same vocabularies in ISO 29500 Strict ("Strict Open XML Document" in Word's Save As).</summary>
    public static readonly XNamespace WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public static readonly XNamespace MStrict = "http://purl.oclc.org/ooxml/officeDocument/math";

    public static readonly XName Body = W + "body";
    public static readonly XName P = W + "p";
    public static readonly XName PPr = W + "pPr";
    public static readonly XName PStyle = W + "pStyle";
    public static readonly XName OutlineLvl = W + "outlineLvl";
    public static readonly XName NumPr = W + "numPr";
    public static readonly XName NumId = W + "numId";
    public static readonly XName Ilvl = W + "ilvl";
    public static readonly XName Tbl = W + "tbl";
    public static readonly XName Tr = W + "tr";
    public static readonly XName TrPr = W + "trPr";
    public static readonly XName Tc = W + "tc";
    public static readonly XName TcPr = W + "tcPr";
    public static readonly XName GridSpan = W + "gridSpan";
    public static readonly XName GridBefore = W + "gridBefore";
    public static readonly XName VMerge = W + "vMerge";
    public static readonly XName Del = W + "del";
    public static readonly XName RPr = W + "rPr";
    public static readonly XName Vanish = W + "vanish";
    public static readonly XName SdtPr = W + "sdtPr";
    public static readonly XName SdtContent = W + "sdtContent";
    public static readonly XName ShowingPlcHdr = W + "showingPlcHdr";
    public static readonly XName Val = W + "val";
    public static readonly XName CharAttribute = W + "char";
    public static readonly XName Font = W + "font";
    public static readonly XName AlternateContent = Mc + "AlternateContent";
    public static readonly XName Choice = Mc + "Choice";
    public static readonly XName Fallback = Mc + "Fallback";

    /// <summary>Renames a Strict document's WordprocessingML and math names to their transitional ones, in place: the vocabularies are the same.</summary>
    public static void ToTransitional(XElement root)
    {
        foreach (var e in root.DescendantsAndSelf())
        {
            if (e.Name.Namespace == WStrict)
            {
                e.Name = W + e.Name.LocalName;
            }
            else if (e.Name.Namespace == MStrict)
            {
                e.Name = M + e.Name.LocalName;
            }

            if (e.HasAttributes && e.Attributes().Any(a => a.Name.Namespace == WStrict))
            {
                e.ReplaceAttributes([.. e.Attributes().Select(a => a.Name.Namespace == WStrict ? new XAttribute(W + a.Name.LocalName, a.Value) : a)]);
            }
        }
    }

    /// <summary>The w:val of a child element, or null.</summary>
    public static string? ValOf(XElement? parent, XName child) => parent?.Element(child)?.Attribute(Val)?.Value;

    /// <summary>An integer w:val of a child element, or null when absent or not a number.</summary>
    public static int? IntOf(XElement? parent, XName child) =>
        int.TryParse(ValOf(parent, child), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A switch (w:vanish, w:showingPlcHdr): on when present without a value or with a true one.</summary>
    public static bool IsOn(XElement? element) =>
        element is not null && element.Attribute(Val)?.Value is not ("0" or "false" or "off");
}

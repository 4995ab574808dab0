using System.Xml;
using Gongkai.Diagnostics;
using Gongkai.Text;

namespace Gongkai.Formats.Docx;

/// <summary>
/// One streaming pass over an XML part before the SDK builds its tree: counts elements and measures nesting, so that a
/// part too big or too deep for the tree (whose loading recurses) is refused first, and malformed XML is reported
/// with its line and column. No DTDs, no external entities.
/// </summary>
internal static class DocxXmlPrescan
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    /// <summary>Null when the part is well formed and within the limits; otherwise the diagnostic (an error for the main part).</summary>
    public static Diagnostic? Check(Stream part, string partName, DocxReaderOptions o, Severity severity)
    {
        try
        {
            using var reader = XmlReader.Create(part, Settings(o.MaxPartBytes));
            var elements = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (++elements > o.MaxElements)
                {
                    return DocxPackageGuard.Limit(partName + " 的 XML 元素数", "XML elements in " + partName, o.MaxElements);
                }

                if (reader.Depth >= o.MaxXmlDepth)
                {
                    return DocxPackageGuard.Limit(partName + " 的 XML 嵌套层级", "XML nesting depth of " + partName, o.MaxXmlDepth);
                }
            }

            return null;
        }
        catch (XmlException e)
        {
            return Malformed(partName, e.LineNumber, e.LinePosition, e.Message, severity);
        }
    }

    public static Diagnostic Malformed(string partName, int line, int column, string detail, Severity severity) =>
        Diagnostic.Create(
            ReaderMessages.MalformedXml,
            severity,
            ReaderMessages.MalformedXml,
            SourceRef.None,
            MessageArg.Of("part", partName),
            MessageArg.Of("line", line),
            MessageArg.Of("column", column),
            MessageArg.Of("detail", detail));
}

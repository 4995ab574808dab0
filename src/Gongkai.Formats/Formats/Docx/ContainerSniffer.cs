using Gongkai.Diagnostics;
using Gongkai.Formats.LegacyWord;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Names the containers that look like Word documents but are not, so that an Excel workbook or a plain zip dropped
/// among the reports is refused as what it is ("an Excel workbook (XLSX)") rather than as "not a text file".
/// </summary>
internal static class ContainerSniffer
{
    public static MessageArg? Describe(ReadOnlySpan<byte> bytes)
    {
        if (ZipDirectory.LooksLikeZip(bytes))
        {
            var names = ZipDirectory.List(bytes, 4096).Names;
            bool Has(string prefix) => names.Exists(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            return Has("xl/") ? Detail("Excel 工作簿（XLSX），不是 Word 文档", "an Excel workbook (XLSX), not a Word document")
                : Has("ppt/") ? Detail("PowerPoint 演示文稿（PPTX），不是 Word 文档", "a PowerPoint presentation (PPTX), not a Word document")
                : Has("mimetype") && Has("content.xml") ? Detail("OpenDocument 文件，请先另存为 DOCX", "an OpenDocument file; save it as DOCX first")
                : Detail("ZIP 压缩包，不是 Word 文档", "a ZIP archive, not a Word document");
        }

        if (OleCompoundFile.HasSignature(bytes))
        {
            return Detail("Office 97-2003 文件，但不是 Word 文档（可能是 Excel 或 PowerPoint）", "an Office 97–2003 file that is not a Word document (perhaps Excel or PowerPoint)");
        }

        // anything else binary (an image, an executable) stays "not a text file" (R002)
        return null;
    }

    private static MessageArg Detail(string zh, string en) => new("detail", zh, en);
}

using Gongkai.Localization;

namespace Gongkai.Formats;

/// <summary>
/// The diagnostics readers report, by stable ID ("R" + number; the ID is also the message key). Rules report what is
/// wrong with a report; these say what was hard to read in the document.
/// </summary>
public static class ReaderMessages
{
    public const string EmptyDocument = "R001";
    public const string NotText = "R002";
    public const string NoStructure = "R003";
    public const string DecodedAs = "R004";
    public const string InvalidBytes = "R005";
    public const string TooLarge = "R006";
    public const string UnsupportedFormat = "R007";
    public const string CannotOpen = "R008";
    public const string RowUnaligned = "R010";
    public const string DuplicateRow = "R011";
    public const string UnlabelledRow = "R012";
    public const string UnitInCell = "R013";
    public const string RowOtherEdition = "R014";
    public const string EditionFromYear = "R020";
    public const string EditionDefault = "R021";
    public const string NestingTooDeep = "R022";
    public const string MarkupTooLarge = "R023";
    public const string BodyFromProse = "R024";

    // DOCX and legacy Word (R040–R049)
    public const string ArchiveBomb = "R040";
    public const string ArchiveCorrupt = "R041";
    public const string NoMainDocument = "R042";
    public const string MalformedXml = "R043";
    public const string LimitExceeded = "R044";
    public const string ConverterMissing = "R045";
    public const string ConversionFailed = "R046";
    public const string ConversionTimeout = "R047";
    public const string ConvertedWith = "R048";
    public const string Encrypted = "R049";

    // PDF (R050–R057)
    public const string PdfToolMissing = "R050";
    public const string PdfNoTextLayer = "R051";
    public const string PdfEncrypted = "R052";
    public const string PdfUnreadable = "R053";
    public const string PdfTimeout = "R054";
    public const string PdfTextIncomplete = "R055";
    public const string PdfTableByRows = "R056";
    public const string PdfValueUnplaced = "R057";

    public static IReadOnlyList<MessageTemplate> All { get; } =
    [
        new(EmptyDocument, "文件为空，没有可读取的内容", "the file is empty: there is nothing to read"),
        new(NotText, "不是文本文件（含有二进制内容），无法作为纯文本报告读取", "not a text file (it has binary content), so it cannot be read as a plain-text report"),
        new(NoStructure, "未识别出年度报告的章节标题或统计表，不像是政府信息公开工作年度报告", "no section heading or statistical table of an annual report was recognised; this may not be an annual disclosure report"),
        new(DecodedAs, "文件不是 UTF-8 编码，已按 {encoding} 解码", "the file is not UTF-8; it was decoded as {encoding}"),
        new(InvalidBytes, "文件有 {count} 处无法解码的字节，相应位置的文字已替换为 �", "the file has {count} byte sequences that could not be decoded; they were replaced by �"),
        new(TooLarge, "文件过大（{size}），超过上限 {limit}", "the file is too large ({size}); the limit is {limit}"),
        new(UnsupportedFormat, "无法识别的文件格式：{detail}", "unrecognised file format: {detail}"),
        new(CannotOpen, "无法打开文件：{detail}", "the file cannot be opened: {detail}"),
        new(RowUnaligned, "{label}：读到 {count} 个数值，应有 {expected} 个，无法确定各数值所属的列，相应单元格记为无法读取（{values}）", "{label}: {count} values were printed where {expected} are expected, and their columns cannot be determined; the cells are marked unreadable ({values})"),
        new(DuplicateRow, "{label} 一行出现了两次，只采用第一次", "the row {label} appears twice; the first is used"),
        new(UnlabelledRow, "一行数字没有标签，无法判断属于哪一行，已忽略", "a row of numbers has no label, so its row cannot be told; it was ignored"),
        new(UnitInCell, "单元格“{text}”带有单位“{unit}”，已按数值读取", "the cell \"{text}\" carries the unit \"{unit}\"; it was read as a number"),
        new(RowOtherEdition, "{label} 一行不属于本报告所用的格式版本，未纳入统计表", "the row {label} belongs to the other edition of the format and was left out of the tables"),
        new(EditionFromYear, "统计表未能说明格式版本，按年度推定为 {edition}", "the tables do not show which edition they follow; {edition} was assumed from the year"),
        new(BodyFromProse, "没有标题写明机关，机关名称“{body}”取自正文中的编制说明", "no title names the body; \"{body}\" was taken from the sentence saying who compiled the report"),
        new(EditionDefault, "统计表和年度都未能说明格式版本，按 2021 年版处理", "neither tables nor year show the edition; the 2021 edition was assumed"),
        new(NestingTooDeep, "文档嵌套层级过深（超过 {limit} 层），更深的内容已略过", "the document is nested too deeply (more than {limit} levels); deeper content was skipped"),
        new(ArchiveBomb, "DOCX 压缩包解压后过大（{what}：{size}，上限 {limit}），疑似压缩炸弹，已拒绝读取", "the DOCX archive inflates too far ({what}: {size}, limit {limit}); it looks like a zip bomb and was refused"),
        new(ArchiveCorrupt, "DOCX 文件已损坏，无法解压或打开：{detail}", "the DOCX file is damaged and cannot be unpacked or opened: {detail}"),
        new(NoMainDocument, "不是完整的 Word 文档：缺少正文部件（word/document.xml）", "not a complete Word document: the main part (word/document.xml) is missing"),
        new(MalformedXml, "Word 文档的 {part} 不是格式正确的 XML（第 {line} 行第 {column} 列附近）：{detail}", "the Word document's {part} is not well-formed XML (near line {line}, column {column}): {detail}"),
        new(LimitExceeded, "文档超出安全上限（{what}超过 {limit}），已拒绝读取", "the document exceeds a safety limit ({what} over {limit}); it was refused"),
        new(ConverterMissing, "读取 {kind} 文件需要 LibreOffice，但本机未安装。请安装 Debian 软件包 libreoffice-writer-nogui（sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui），或先用 soffice --headless --convert-to docx 把文件转换为 DOCX 再检查", "reading a {kind} file needs LibreOffice, which is not installed. Install the Debian package libreoffice-writer-nogui (sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui), or convert the file first with soffice --headless --convert-to docx and check the DOCX"),
        new(ConversionFailed, "LibreOffice 未能把该 {kind} 文件转换为 DOCX：{detail}", "LibreOffice could not convert this {kind} file to DOCX: {detail}"),
        new(ConversionTimeout, "LibreOffice 转换该 {kind} 文件超过 {seconds} 秒仍未完成，已中止", "LibreOffice did not finish converting this {kind} file within {seconds} seconds; it was stopped"),
        new(ConvertedWith, "{kind} 文件已用 LibreOffice 转换为 DOCX 后读取；所示位置为转换后文档中的段落和表格", "the {kind} file was converted to DOCX with LibreOffice and then read; places refer to paragraphs and tables of the converted document"),
        new(Encrypted, "文档已加密（设有打开密码），无法读取；请提供未加密的版本", "the document is encrypted (it has an open password) and cannot be read; please supply an unencrypted copy"),
        new(MarkupTooLarge, "网页结构超出处理上限（{what}超过 {limit} 个），超出部分未按结构读取", "the page exceeds a processing limit (more than {limit} {what}); the excess was not read as structure"),
        new(PdfToolMissing, "读取 PDF 需要 pdftotext，但找不到它（{path}）。请安装 Debian 软件包 poppler-utils：sudo apt-get install poppler-utils", "reading a PDF needs pdftotext, which was not found ({path}). Install the Debian package poppler-utils: sudo apt-get install poppler-utils"),
        new(PdfNoTextLayer, "PDF 没有文字层（共 {pages} 页，均为扫描图像），需先进行文字识别（OCR）才能读取", "the PDF has no text layer (its {pages} pages are scanned images); it needs OCR (text recognition) before it can be read"),
        new(PdfEncrypted, "PDF 已加密，需要密码才能打开，无法读取", "the PDF is encrypted and needs a password to open, so it cannot be read"),
        new(PdfUnreadable, "pdftotext 无法读取该 PDF，文件可能已损坏：{detail}", "pdftotext cannot read the PDF; the file may be damaged: {detail}"),
        new(PdfTimeout, "pdftotext 在 {seconds} 秒内未能读完该 PDF，已被终止", "pdftotext did not finish reading the PDF within {seconds} s and was stopped"),
        new(PdfTextIncomplete, "PDF 的文字层只读出了一部分（{detail}），其余内容已略过", "only part of the PDF's text layer could be read ({detail}); the rest was skipped"),
        new(PdfTableByRows, "第 {page} 页的表格有一部分没有列标题，无法由表头位置确定数值所在的列，已按行读取，由行标签和数值个数定位", "the table on page {page} has a part without column headers, so the columns of its numbers cannot be told from the header; its rows were read as text and placed by label and count"),
        new(PdfValueUnplaced, "数值“{value}”不在任何一列的表头之下，无法确定它所在的列，该行未填数值的单元格记为无法读取", "the value \"{value}\" stands under no column header, so its column cannot be told; the row's cells without a value are marked unreadable"),
    ];

    public static IMessageCatalog Catalog { get; } = new MessageCatalog(All);
}

namespace Gongkai.Formats.Docx;

/// <summary>
/// The customary faces of Chinese official documents (GB/T 9704): 方正小标宋简体 for the title, 仿宋_GB2312 for the
/// text, 黑体 for first-level headings, 楷体_GB2312 for second-level ones, 宋体 in tables and page numbers. Where a
/// face is missing, the font table's alternative name lets Word take the face Windows ships (仿宋, 楷体, 宋体), and
/// its family (serif or sans) lets LibreOffice fall back to Noto Serif CJK SC or Noto Sans CJK SC.
/// </summary>
internal static class DocxWriterFonts
{
    public const string Title = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string Heading = "黑体";
    public const string RunIn = "楷体_GB2312";
    public const string Table = "宋体";
    public const string Latin = "Times New Roman";

    /// <summary>Each face with the face to use in its place and whether it is a serif (roman) or sans (swiss) face.</summary>
    public static IReadOnlyList<(string Name, string Alternative, bool Serif)> All { get; } =
    [
        (Title, "宋体", true),
        (Body, "仿宋", true),
        (Heading, "SimHei", false),
        (RunIn, "楷体", true),
        (Table, "SimSun", true),
        (Latin, "Liberation Serif", true),
    ];
}

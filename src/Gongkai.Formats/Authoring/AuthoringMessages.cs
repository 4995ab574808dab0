using Gongkai.Localization;

namespace Gongkai.Formats.Authoring;

/// <summary>
/// What reading an authoring file can report, by stable ID ("AU" + number; the ID is also the message key). Each
/// message points at the line and column of the YAML it is about.
/// </summary>
public static class AuthoringMessages
{
    public const string Syntax = "AU001";
    public const string NotMapping = "AU002";
    public const string MissingKey = "AU003";
    public const string UnknownKey = "AU004";
    public const string BadValue = "AU005";
    public const string WrongCount = "AU006";
    public const string NotANumber = "AU007";
    public const string MissingRow = "AU008";
    public const string TotalMismatch = "AU009";
    public const string PeriodMismatch = "AU010";
    public const string PeriodYear = "AU011";
    public const string Prompt = "AU012";
    public const string Version = "AU013";

    public static IReadOnlyList<MessageTemplate> All { get; } =
    [
        new(Syntax, "YAML 语法错误：{detail}", "YAML syntax error: {detail}"),
        new(NotMapping, "{what}应是“键: 值”的映射", "{what} must be a mapping of \"key: value\" pairs"),
        new(MissingKey, "缺少“{key}”（{what}）", "\"{key}\" is missing ({what})"),
        new(UnknownKey, "未知的键“{key}”{hint}", "unknown key \"{key}\"{hint}"),
        new(BadValue, "“{key}”的值“{value}”无效：{why}", "the value \"{value}\" of \"{key}\" is not valid: {why}"),
        new(WrongCount, "“{row}”应有 {expected} 个数值，实有 {count} 个", "\"{row}\" must have {expected} values but has {count}"),
        new(NotANumber, "“{cell}”的值“{value}”不是数字（空白写 \"\"，占位符写 \"/\"）", "the value \"{value}\" of \"{cell}\" is not a number (write \"\" for a blank, \"/\" for a placeholder)"),
        new(MissingRow, "{table}缺少“{row}”一行", "{table} lacks the row \"{row}\""),
        new(TotalMismatch, "“{cell}”填写为 {typed}，按各项计算应为 {derived}（合计由程序计算，可删去所填的值）", "\"{cell}\" is typed as {typed}, but its parts add up to {derived} (totals are derived; the typed value can be left out)"),
        new(PeriodMismatch, "统计期限“{period}”与正文所写的“{prose}”不一致", "the statistical period \"{period}\" disagrees with \"{prose}\" in the text"),
        new(PeriodYear, "正文所写的统计期限“{prose}”不在报告年度 {year} 年内", "the statistical period \"{prose}\" in the text is not within the report's year {year}"),
        new(Prompt, "{section}仍有模板的提示文字“{text}”，请改写为本机关的实际情况", "{section} still holds the template's prompt \"{text}\"; replace it with the body's own account"),
        new(Version, "不支持的编写文件版本“{version}”（本程序支持版本 1）", "unsupported authoring file version \"{version}\" (this program supports version 1)"),
    ];

    public static IMessageCatalog Catalog { get; } = new MessageCatalog(All);
}

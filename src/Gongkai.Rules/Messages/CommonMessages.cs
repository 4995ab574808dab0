using Gongkai.Localization;

namespace Gongkai.Rules.Messages;

/// <summary>Messages shared by several rules: reasons for "not assessable", and fragments used inside findings.</summary>
public static class CommonMessages
{
    public const string CellsMissing = "reason.cells_missing";
    public const string TableMissing = "reason.table_missing";
    public const string SectionMissing = "reason.section_missing";
    public const string NoPrior = "reason.no_prior";
    public const string PriorMismatch = "reason.prior_mismatch";
    public const string NoClaim = "reason.no_claim";
    public const string NotApplicable = "reason.not_applicable";
    public const string BodyUnknown = "reason.body_unknown";
    public const string YearUnknown = "reason.year_unknown";
    public const string NothingToCheck = "reason.nothing_to_check";

    public static IReadOnlyList<MessageTemplate> All { get; } =
    [
        new(CellsMissing, "缺少或无法读取的单元格：{cells}", "cells missing or unreadable: {cells}"),
        new(TableMissing, "未找到{table}", "{table} not found"),
        new(SectionMissing, "未找到“{section}”部分", "section {section} not found"),
        new(NoPrior, "未提供上一年度报告（使用 --prior）", "no previous year's report was supplied (use --prior)"),
        new(PriorMismatch, "所附上一年度报告不是同一机关的 {year} 年报告（{prior}）", "the report supplied as prior is not the same body's report for {year} ({prior})"),
        new(NoClaim, "正文中没有可与表格核对的表述", "the prose makes no statement that can be compared with the tables"),
        new(NotApplicable, "不适用于本报告：{why}", "does not apply to this report: {why}"),
        new(BodyUnknown, "无法从标题判断机关层级", "the body's level cannot be told from the title"),
        new(YearUnknown, "无法确定报告年度", "the report's year cannot be determined"),
        new(NothingToCheck, "报告中没有本规则可核对的内容", "the report has nothing this rule can check"),
    ];

    /// <summary>" （空白按 0 计）" when blanks were read as 0, otherwise empty; in both languages.</summary>
    public static Diagnostics.MessageArg BlankNote(bool blanksReadAsZero) =>
        blanksReadAsZero ? new("blankNote", "（空白或占位符按 0 计）", " (blank or placeholder cells read as 0)") : new("blankNote", string.Empty, string.Empty);
}

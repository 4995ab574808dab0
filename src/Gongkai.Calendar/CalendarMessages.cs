using Gongkai.Localization;

namespace Gongkai.Calendar;

/// <summary>
/// Diagnostic IDs and message templates of the calendar: "CAL0xx" for problems in calendar data, "DL0xx" for remarks
/// on a deadline. IDs are never reused; text is formatted at the edges with <see cref="MessageFormatter"/>.
/// </summary>
public static class CalendarMessages
{
    public const string DataFormat = "CAL001";
    public const string DataVersion = "CAL002";
    public const string DataHash = "CAL003";
    public const string DuplicateYear = "CAL004";
    public const string NoticeDates = "CAL005";
    public const string RangeInverted = "CAL006";
    public const string OffNotWeekday = "CAL007";
    public const string WorkNotWeekend = "CAL008";
    public const string OffOutsideRange = "CAL009";
    public const string OffMissingInRange = "CAL010";
    public const string WorkInsideRange = "CAL011";
    public const string OffAndWork = "CAL012";
    public const string ListedTwice = "CAL013";
    public const string OutsideYear = "CAL014";
    public const string UnknownAmendment = "CAL015";
    public const string AmendmentBeforeNotice = "CAL016";
    public const string WorkFarFromPeriod = "CAL017";
    public const string NoticeAfterYear = "CAL018";
    public const string EmptyField = "CAL019";
    public const string OriginalWithoutAmendment = "CAL020";

    public const string UnknownYears = "DL001";
    public const string ProvisionalDecember = "DL002";
    public const string CorrectionLate = "DL003";
    public const string ExtensionTooLong = "DL004";
    public const string ExtensionLate = "DL005";
    public const string ExtensionNoApprover = "DL006";
    public const string ExtensionEarly = "DL007";
    public const string ConsultationAfterDeadline = "DL008";
    public const string ReceivedOnRestDay = "DL009";
    public const string InPersonDateMismatch = "DL010";
    public const string ConsultationOpen = "DL011";
    public const string AwaitingCorrection = "DL012";

    /// <summary>Every template, keyed by the diagnostic ID.</summary>
    public static IReadOnlyList<MessageTemplate> All { get; } =
    [
        new(DataFormat, "不支持的数据格式 {format}（应为 {expected}）", "unsupported data format {format} (expected {expected})"),
        new(DataVersion, "数据缺少版本号", "the data has no version label"),
        new(DataHash, "内容哈希不符：文件声明 {declared}，按内容计算为 {computed}", "content hash mismatch: the file declares {declared}, the content hashes to {computed}"),
        new(DuplicateYear, "{year} 年出现不止一次", "year {year} appears more than once"),
        new(NoticeDates, "{notice} 的成文日期 {signed} 晚于发布日期 {published}", "{notice} is signed on {signed}, after its publication on {published}"),
        new(RangeInverted, "{where}：放假起始日 {from} 晚于结束日 {to}", "{where}: the first day off {from} is after the last {to}"),
        new(OffNotWeekday, "{where}：放假日 {date} 是{weekday}，放假日只列周一至周五", "{where}: day off {date} is a {weekday}; only Monday–Friday are listed as days off"),
        new(WorkNotWeekend, "{where}：调休上班日 {date} 是{weekday}，只有周六、周日才列为上班日", "{where}: make-up working day {date} is a {weekday}; only Saturdays and Sundays are listed as working days"),
        new(OffOutsideRange, "{where}：放假日 {date} 不在 {from} 至 {to} 之内", "{where}: day off {date} is outside {from}..{to}"),
        new(OffMissingInRange, "{where}：{date}（{weekday}）在放假区间 {from} 至 {to} 内，却未列为放假日", "{where}: {date} ({weekday}) lies in the range {from}..{to} but is not listed as a day off"),
        new(WorkInsideRange, "{where}：调休上班日 {date} 落在放假区间 {from} 至 {to} 内", "{where}: make-up working day {date} lies inside the range {from}..{to}"),
        new(OffAndWork, "{date} 既列为放假日又列为上班日（{where}）", "{date} is listed both as a day off and as a working day ({where})"),
        new(ListedTwice, "{date} 重复出现（{where}）", "{date} is listed more than once ({where})"),
        new(OutsideYear, "{where}：日期 {date} 超出 {year} 年前后一个月的范围", "{where}: date {date} is more than a month outside {year}"),
        new(UnknownAmendment, "{where}：引用的调整通知 {notice} 不在该年的调整通知中", "{where}: the amending notice {notice} is not among the year's amendments"),
        new(AmendmentBeforeNotice, "{year} 年：调整通知 {notice} 的发布日期 {published} 早于年度通知", "{year}: the amending notice {notice} is published on {published}, before the annual notice"),
        new(WorkFarFromPeriod, "{where}：调休上班日 {date} 距放假区间超过 31 天", "{where}: make-up working day {date} is more than 31 days from the days off"),
        new(NoticeAfterYear, "{year} 年的通知 {notice} 发布于 {published}，晚于该年结束", "the notice {notice} for {year} is published on {published}, after the year ended"),
        new(EmptyField, "{where}：{field} 为空", "{where}: {field} is empty"),
        new(OriginalWithoutAmendment, "{where}：写有原安排（original）却没有调整通知（amendedBy）", "{where}: an original arrangement is given without an amending notice (amendedBy)"),

        new(UnknownYears, "日历数据（版本 {version}）中没有 {years} 年的放假安排，已按周一至周五推定工作日；该年通知发布后须重新计算", "the calendar data (version {version}) has no holiday arrangement for {years}; Monday–Friday were assumed to be working days; recompute once that year's notice is published"),
        new(ProvisionalDecember, "{years} 年 12 月下旬的日期仍可能被次年放假通知调整（日历数据尚未收录次年通知），结果暂定", "late-December dates of {years} may still be changed by the next year's notice, which the data does not have yet; the result is provisional"),
        new(CorrectionLate, "补正告知于 {asked} 发出，晚于第三十条规定的期限 {due}（收到申请之日起第 7 个工作日）", "the request to correct (补正) was made on {asked}, after the Article 30 limit of {due} (the 7th working day after receipt)"),
        new(ExtensionTooLong, "延长 {requested} 个工作日超过第三十三条第二款规定的最长 20 个工作日，已按 20 个工作日计算", "an extension of {requested} working days exceeds the Article 33(2) maximum of 20; 20 were used"),
        new(ExtensionLate, "延长答复期限于 {approved} 批准，晚于原答复期限 {due}", "the extension was approved on {approved}, after the reply deadline {due} had passed"),
        new(ExtensionNoApprover, "延长答复期限未写明批准人：第三十三条第二款要求经政府信息公开工作机构负责人同意", "the extension names no approver: Article 33(2) requires the consent of the head of the disclosure office"),
        new(ExtensionEarly, "延长答复期限于 {approved} 批准，早于答复期限起算日 {start}", "the extension was approved on {approved}, before the reply period started on {start}"),
        new(ConsultationAfterDeadline, "征求{party}意见于 {sent} 发出，不早于期限届满日 {due}，该时间不予扣除", "consulting {party} began on {sent}, not before the deadline {due}; that time is not excluded"),
        new(ReceivedOnRestDay, "收到申请之日 {date} 不是工作日；第 1 个工作日是其后的第一个工作日 {first}", "the application was received on {date}, not a working day; day 1 is the next working day, {first}"),
        new(InPersonDateMismatch, "当面提交的，以提交之日为收到申请之日（第三十一条第（一）项），但收到日期 {date} 与提交日期 {submitted} 不同", "for an application made in person the day of submission is the day of receipt (Article 31(1)), but {date} differs from the submission date {submitted}"),
        new(ConsultationOpen, "征求{party}意见尚未收到答复（{sent} 发出），答复期限暂停计算，此前已计 {counted} 个工作日", "consulting {party} (sent {sent}) has no answer yet; the reply clock is paused after {counted} working days"),
        new(AwaitingCorrection, "已于 {asked} 告知补正，尚未收到补正后的申请；答复期限自收到补正申请之日起计算", "correction was requested on {asked} and the corrected application has not arrived; the reply period runs from its receipt"),
    ];

    /// <summary>The catalogue of <see cref="All"/>.</summary>
    public static IMessageCatalog Catalog { get; } = new MessageCatalog(All);
}

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// An extension of the reply period (第三十三条第二款): approved by the head of the disclosure office (政府信息公开工作
/// 机构负责人), notified to the applicant, at most 20 working days.
/// </summary>
/// <param name="ApprovedOn">The day it was approved; it should be within the original period.</param>
/// <param name="WorkingDays">Working days added. Above 20 the calculator warns and uses 20, the lawful maximum.</param>
/// <param name="Approver">Who approved it; blank draws a warning.</param>
public sealed record DeadlineExtension(DateOnly ApprovedOn, int WorkingDays, string Approver);

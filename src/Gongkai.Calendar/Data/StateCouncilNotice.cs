namespace Gongkai.Calendar.Data;

/// <summary>
/// A notice of the 国务院办公厅 that fixes (or amends) a year's holiday arrangement, e.g. 国办发明电〔2018〕15号
/// 《国务院办公厅关于2019年部分节假日安排的通知》.
/// </summary>
/// <param name="Number">The document number (文号), the notice's stable identity; amended periods refer to it.</param>
/// <param name="Title">The title without book-title marks.</param>
/// <param name="Signed">The date printed at the end of the notice (成文/落款日期).</param>
/// <param name="Published">
/// The day it was made public (gov.cn release). A calendar "as known on" a date includes the notice only from this
/// day on: before it, the arrangement was not knowable, which is what matters when re-examining an old deadline.
/// </param>
/// <param name="Url">Where the official text is, when known.</param>
public sealed record StateCouncilNotice(string Number, string Title, DateOnly Signed, DateOnly Published, string? Url);

namespace Gongkai.Calendar.Deadlines;

/// <summary>
/// How an application reached the agency. 《政府信息公开条例》第三十一条 fixes, per channel, which event is the day of
/// receipt (收到申请之日); <see cref="ApplicationReceipt.Date"/> must be that event's date.
/// </summary>
public enum ReceiptChannel
{
    /// <summary>当面提交: the day it is handed in (第三十一条第（一）项).</summary>
    InPerson = 0,

    /// <summary>邮寄, by a service that needs a signature: the day the agency signs for it (第（二）项).</summary>
    RegisteredPost = 1,

    /// <summary>
    /// 平常信函 or other post without signature: the day the disclosure office confirms receipt with the applicant,
    /// which it should do on the day it receives the letter (第（二）项).
    /// </summary>
    OrdinaryPost = 2,

    /// <summary>互联网渠道 (online form, e-mail): the day both sides confirm receipt (第（三）项).</summary>
    Online = 3,

    /// <summary>传真 to the disclosure office: the day both sides confirm receipt (第（三）项).</summary>
    Fax = 4,
}

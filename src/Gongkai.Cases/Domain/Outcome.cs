namespace Gongkai.Cases.Domain;

/// <summary>
/// How an application ended: exactly one result row of table 2 in the 2021 format (the 22 rows of 三、本年度办理结果,
/// less the total). The format's note "区分处理的，只计这一情形" is why one application has one outcome.
/// </summary>
/// <remarks>The numeric values are stored in the database; never renumber them.</remarks>
public enum Outcome
{
    /// <summary>（一）予以公开.</summary>
    Granted = 1,

    /// <summary>（二）部分公开（区分处理）.</summary>
    Partial = 2,

    /// <summary>（三）1 属于国家秘密.</summary>
    DeniedStateSecret = 31,

    /// <summary>（三）2 其他法律行政法规禁止公开.</summary>
    DeniedProhibitedByLaw = 32,

    /// <summary>（三）3 危及“三安全一稳定”.</summary>
    DeniedSecurityStability = 33,

    /// <summary>（三）4 保护第三方合法权益.</summary>
    DeniedThirdPartyRights = 34,

    /// <summary>（三）5 属于三类内部事务信息.</summary>
    DeniedInternalAffairs = 35,

    /// <summary>（三）6 属于四类过程性信息.</summary>
    DeniedProcessInformation = 36,

    /// <summary>（三）7 属于行政执法案卷.</summary>
    DeniedEnforcementFile = 37,

    /// <summary>（三）8 属于行政查询事项.</summary>
    DeniedQueryMatter = 38,

    /// <summary>（四）1 本机关不掌握相关政府信息.</summary>
    UnableNotHeld = 41,

    /// <summary>（四）2 没有现成信息需要另行制作.</summary>
    UnableWouldNeedMaking = 42,

    /// <summary>（四）3 补正后申请内容仍不明确.</summary>
    UnableStillUnclear = 43,

    /// <summary>（五）1 信访举报投诉类申请.</summary>
    NotProcessedPetition = 51,

    /// <summary>（五）2 重复申请.</summary>
    NotProcessedRepeated = 52,

    /// <summary>（五）3 要求提供公开出版物.</summary>
    NotProcessedPublication = 53,

    /// <summary>（五）4 无正当理由大量反复申请.</summary>
    NotProcessedMassRepeated = 54,

    /// <summary>（五）5 要求行政机关确认或重新出具已获取信息.</summary>
    NotProcessedConfirmReissue = 55,

    /// <summary>（六）1 申请人无正当理由逾期不补正 (第三十条: 视为放弃申请).</summary>
    OtherNoCorrection = 61,

    /// <summary>（六）2 申请人逾期未按收费通知要求缴纳费用 (109号办法).</summary>
    OtherFeeNotPaid = 62,

    /// <summary>（六）3 其他 (withdrawal and the like).</summary>
    OtherOther = 63,
}

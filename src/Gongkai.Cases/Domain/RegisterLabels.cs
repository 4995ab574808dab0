using System.Collections.Frozen;
using Gongkai.Calendar.Deadlines;

namespace Gongkai.Cases.Domain;

/// <summary>
/// The register's words, Chinese first: states, applicant types, channels and outcomes, and the parsing of what a
/// person types or a CSV holds (the Chinese label, its number such as "三.4", or the English key).
/// </summary>
public static class RegisterLabels
{
    private static readonly FrozenDictionary<string, ApplicantType> ApplicantByName = new Dictionary<string, ApplicantType>(StringComparer.OrdinalIgnoreCase)
    {
        ["自然人"] = ApplicantType.NaturalPerson, ["公民"] = ApplicantType.NaturalPerson, ["个人"] = ApplicantType.NaturalPerson, ["natural"] = ApplicantType.NaturalPerson, ["person"] = ApplicantType.NaturalPerson,
        ["商业企业"] = ApplicantType.Commercial, ["企业"] = ApplicantType.Commercial, ["commercial"] = ApplicantType.Commercial,
        ["科研机构"] = ApplicantType.Research, ["research"] = ApplicantType.Research,
        ["社会公益组织"] = ApplicantType.SocialWelfare, ["公益组织"] = ApplicantType.SocialWelfare, ["welfare"] = ApplicantType.SocialWelfare,
        ["法律服务机构"] = ApplicantType.LegalService, ["律师事务所"] = ApplicantType.LegalService, ["legal"] = ApplicantType.LegalService,
        ["其他"] = ApplicantType.OtherOrg, ["其他组织"] = ApplicantType.OtherOrg, ["other"] = ApplicantType.OtherOrg,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ReceiptChannel> ChannelByName = new Dictionary<string, ReceiptChannel>(StringComparer.OrdinalIgnoreCase)
    {
        ["当面"] = ReceiptChannel.InPerson, ["当面提交"] = ReceiptChannel.InPerson, ["现场"] = ReceiptChannel.InPerson, ["in-person"] = ReceiptChannel.InPerson,
        ["邮寄"] = ReceiptChannel.RegisteredPost, ["挂号信"] = ReceiptChannel.RegisteredPost, ["快递"] = ReceiptChannel.RegisteredPost, ["post"] = ReceiptChannel.RegisteredPost,
        ["平常信函"] = ReceiptChannel.OrdinaryPost, ["平信"] = ReceiptChannel.OrdinaryPost, ["letter"] = ReceiptChannel.OrdinaryPost,
        ["网络"] = ReceiptChannel.Online, ["互联网"] = ReceiptChannel.Online, ["网上"] = ReceiptChannel.Online, ["在线"] = ReceiptChannel.Online, ["电子邮件"] = ReceiptChannel.Online, ["online"] = ReceiptChannel.Online,
        ["传真"] = ReceiptChannel.Fax, ["fax"] = ReceiptChannel.Fax,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (Outcome Outcome, string Number, string Label, string English)[] OutcomeTable =
    [
        (Domain.Outcome.Granted, "一", "予以公开", "disclosed"),
        (Domain.Outcome.Partial, "二", "部分公开", "partly disclosed"),
        (Domain.Outcome.DeniedStateSecret, "三.1", "属于国家秘密", "denied: state secret"),
        (Domain.Outcome.DeniedProhibitedByLaw, "三.2", "其他法律行政法规禁止公开", "denied: prohibited by law"),
        (Domain.Outcome.DeniedSecurityStability, "三.3", "危及“三安全一稳定”", "denied: security and stability"),
        (Domain.Outcome.DeniedThirdPartyRights, "三.4", "保护第三方合法权益", "denied: third-party rights"),
        (Domain.Outcome.DeniedInternalAffairs, "三.5", "属于三类内部事务信息", "denied: internal affairs"),
        (Domain.Outcome.DeniedProcessInformation, "三.6", "属于四类过程性信息", "denied: process information"),
        (Domain.Outcome.DeniedEnforcementFile, "三.7", "属于行政执法案卷", "denied: enforcement file"),
        (Domain.Outcome.DeniedQueryMatter, "三.8", "属于行政查询事项", "denied: enquiry matter"),
        (Domain.Outcome.UnableNotHeld, "四.1", "本机关不掌握相关政府信息", "unable: not held"),
        (Domain.Outcome.UnableWouldNeedMaking, "四.2", "没有现成信息需要另行制作", "unable: would need making"),
        (Domain.Outcome.UnableStillUnclear, "四.3", "补正后申请内容仍不明确", "unable: still unclear after correction"),
        (Domain.Outcome.NotProcessedPetition, "五.1", "信访举报投诉类申请", "not processed: petition or complaint"),
        (Domain.Outcome.NotProcessedRepeated, "五.2", "重复申请", "not processed: repeated"),
        (Domain.Outcome.NotProcessedPublication, "五.3", "要求提供公开出版物", "not processed: publication"),
        (Domain.Outcome.NotProcessedMassRepeated, "五.4", "无正当理由大量反复申请", "not processed: mass repeated"),
        (Domain.Outcome.NotProcessedConfirmReissue, "五.5", "要求行政机关确认或重新出具已获取信息", "not processed: confirm or reissue"),
        (Domain.Outcome.OtherNoCorrection, "六.1", "逾期不补正", "other: no correction in time"),
        (Domain.Outcome.OtherFeeNotPaid, "六.2", "逾期未缴纳信息处理费", "other: fee not paid"),
        (Domain.Outcome.OtherOther, "六.3", "其他处理（含撤回）", "other (incl. withdrawal)"),
    ];

    private static readonly FrozenDictionary<string, Outcome> OutcomeByName = BuildOutcomeNames();

    /// <summary>Every outcome, in the order of table 2.</summary>
    public static IReadOnlyList<Outcome> Outcomes { get; } = [.. OutcomeTable.Select(o => o.Outcome)];

    public static string Applicant(ApplicantType t) => t switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.Commercial => "商业企业",
        ApplicantType.Research => "科研机构",
        ApplicantType.SocialWelfare => "社会公益组织",
        ApplicantType.LegalService => "法律服务机构",
        _ => "其他组织",
    };

    public static string Channel(ReceiptChannel c) => c switch
    {
        ReceiptChannel.InPerson => "当面提交",
        ReceiptChannel.RegisteredPost => "邮寄",
        ReceiptChannel.OrdinaryPost => "平常信函",
        ReceiptChannel.Online => "互联网",
        _ => "传真",
    };

    public static string State(ApplicationState s) => s switch
    {
        ApplicationState.Open => "办理中",
        ApplicationState.AwaitingCorrection => "待补正",
        ApplicationState.Consulting => "征求意见中",
        ApplicationState.AwaitingPayment => "待缴费",
        _ => "已办结",
    };

    public static string StateEn(ApplicationState s) => s switch
    {
        ApplicationState.Open => "open",
        ApplicationState.AwaitingCorrection => "awaiting 补正",
        ApplicationState.Consulting => "in consultation",
        ApplicationState.AwaitingPayment => "awaiting payment",
        _ => "closed",
    };

    /// <summary>"三.4 保护第三方合法权益".</summary>
    public static string Outcome(Outcome o)
    {
        foreach (var e in OutcomeTable)
        {
            if (e.Outcome == o)
            {
                return e.Number + " " + e.Label;
            }
        }

        return o.ToString();
    }

    public static string OutcomeEn(Outcome o) => OutcomeTable.FirstOrDefault(e => e.Outcome == o).English ?? o.ToString();

    public static bool TryApplicant(string? text, out ApplicantType type) => ApplicantByName.TryGetValue((text ?? string.Empty).Trim(), out type);

    public static bool TryChannel(string? text, out ReceiptChannel channel) => ChannelByName.TryGetValue((text ?? string.Empty).Trim(), out channel);

    /// <summary>An outcome from its label ("保护第三方合法权益"), number ("三.4", "3.4") or English key ("DeniedThirdPartyRights").</summary>
    public static bool TryOutcome(string? text, out Outcome outcome) => OutcomeByName.TryGetValue(Normalize(text), out outcome);

    /// <summary>What a person may type for applicant types, channels and outcomes (for error messages).</summary>
    public static string ApplicantChoices => "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他";

    public static string ChannelChoices => "当面、邮寄、平常信函、网络、传真";

    public static string OutcomeChoices => string.Join("、", OutcomeTable.Select(o => o.Number + " " + o.Label));

    private static FrozenDictionary<string, Outcome> BuildOutcomeNames()
    {
        var d = new Dictionary<string, Outcome>(StringComparer.OrdinalIgnoreCase);
        foreach (var (o, number, label, _) in OutcomeTable)
        {
            d[Normalize(label)] = o;
            d[Normalize(number)] = o;
            d[Normalize(number.Replace("三", "3", StringComparison.Ordinal).Replace("四", "4", StringComparison.Ordinal).Replace("五", "5", StringComparison.Ordinal).Replace("六", "6", StringComparison.Ordinal).Replace("一", "1", StringComparison.Ordinal).Replace("二", "2", StringComparison.Ordinal))] = o;
            d[Normalize(o.ToString())] = o;
        }

        d[Normalize("撤回")] = Domain.Outcome.OtherOther;
        d[Normalize("其他")] = Domain.Outcome.OtherOther;
        d[Normalize("不掌握")] = Domain.Outcome.UnableNotHeld;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string Normalize(string? text) => (text ?? string.Empty).Trim()
        .Replace("（", string.Empty, StringComparison.Ordinal).Replace("）", string.Empty, StringComparison.Ordinal)
        .Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal)
        .Replace("、", ".", StringComparison.Ordinal).Replace("．", ".", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
}

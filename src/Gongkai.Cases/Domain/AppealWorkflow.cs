namespace Gongkai.Cases.Domain;

/// <summary>The transitions of a reconsideration or suit: filed (尚未审结), then decided once.</summary>
public static class AppealWorkflow
{
    public static AppealCase File(string reference, Application application, AppealKind kind, DateOnly filedOn, string? afterRef = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw ApplicationWorkflow.Refuse("REG060", "复议诉讼案件编号不能为空", "the case number must not be empty");
        }

        if (!Enum.IsDefined(kind))
        {
            throw ApplicationWorkflow.Refuse("REG061", "案件类型须为行政复议、直接起诉或复议后起诉", "the kind must be reconsideration, direct suit or suit after reconsideration");
        }

        if (filedOn < application.ReceivedOn)
        {
            throw ApplicationWorkflow.Refuse("REG062", $"案件提起日期 {ApplicationWorkflow.D(filedOn)} 早于申请 {application.Ref} 的收到日期 {ApplicationWorkflow.D(application.ReceivedOn)}", $"filed on {ApplicationWorkflow.D(filedOn)}, before {application.Ref} was received ({ApplicationWorkflow.D(application.ReceivedOn)})");
        }

        return new AppealCase(reference.Trim(), application.Ref, kind, filedOn) { AfterRef = afterRef };
    }

    public static AppealCase Decide(AppealCase appeal, AppealResult result, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (appeal.Result is not null)
        {
            throw ApplicationWorkflow.Refuse("REG063", $"案件 {appeal.Ref} 已于 {ApplicationWorkflow.D(appeal.DecidedOn!.Value)} 审结，不能再次登记结果；如需更改，请作为更正提交并说明理由（gongkai appeal correct）", $"{appeal.Ref} was decided on {ApplicationWorkflow.D(appeal.DecidedOn!.Value)}; to change it, submit a correction with a reason (gongkai appeal correct)");
        }

        if (!Enum.IsDefined(result))
        {
            throw ApplicationWorkflow.Refuse("REG064", "结果须为维持、纠正或其他", "the result must be upheld, corrected or other");
        }

        if (on < appeal.FiledOn)
        {
            throw ApplicationWorkflow.Refuse("REG065", $"审结日期 {ApplicationWorkflow.D(on)} 早于提起日期 {ApplicationWorkflow.D(appeal.FiledOn)}", $"decided on {ApplicationWorkflow.D(on)}, before it was filed ({ApplicationWorkflow.D(appeal.FiledOn)})");
        }

        return appeal with { Result = result, DecidedOn = on };
    }
}

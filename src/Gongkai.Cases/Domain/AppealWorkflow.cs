namespace Gongkai.Cases.Domain;

/// <summary>The transitions of a reconsideration or suit: filed (尚未审结), then decided once, or corrected.</summary>
public static class AppealWorkflow
{
    public static AppealCase File(string reference, Application application, AppealKind kind, DateOnly filedOn, string? afterRef = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw ApplicationWorkflow.Refuse("REG060", "复议诉讼案件编号不能为空", "the case number must not be empty");
        }

        CheckKind(kind);
        CheckFiled(filedOn, application);
        return new AppealCase(reference.Trim(), application.Ref, kind, filedOn) { AfterRef = afterRef };
    }

    public static AppealCase Decide(AppealCase appeal, AppealResult result, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (appeal.Result is not null)
        {
            throw ApplicationWorkflow.Refuse("REG063", $"案件 {appeal.Ref} 已于 {ApplicationWorkflow.D(appeal.DecidedOn!.Value)} 审结，不能再次登记结果；如需更改，请作为更正提交并说明理由（gongkai appeal correct）", $"{appeal.Ref} was decided on {ApplicationWorkflow.D(appeal.DecidedOn!.Value)}; to change it, submit a correction with a reason (gongkai appeal correct)");
        }

        CheckResult(result);
        CheckDecided(on, appeal.FiledOn);
        return appeal with { Result = result, DecidedOn = on };
    }

    /// <summary>
    /// A correction of a case's facts: <paramref name="amended"/> keeps the number and the application of
    /// <paramref name="before"/> and must be a case <see cref="File"/> and <see cref="Decide"/> could have made.
    /// </summary>
    public static AppealCase Correct(AppealCase before, AppealCase amended, Application application)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(amended);
        ArgumentNullException.ThrowIfNull(application);
        var after = amended with { Ref = before.Ref, ApplicationRef = before.ApplicationRef, Version = before.Version };
        CheckKind(after.Kind);
        if ((after.Result is null) != (after.DecidedOn is null))
        {
            throw ApplicationWorkflow.Refuse("REG068", "已审结的案件须同时有结果和审结日期；尚未审结的案件两者皆无", "a decided case needs both a result and a day decided; a pending one neither");
        }

        if (after.Result is { } result && after.DecidedOn is { } on)
        {
            CheckResult(result);
            CheckDecided(on, after.FiledOn);
        }

        CheckFiled(after.FiledOn, application);
        return after;
    }

    private static void CheckKind(AppealKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw ApplicationWorkflow.Refuse("REG061", "案件类型须为行政复议、直接起诉或复议后起诉", "the kind must be reconsideration, direct suit or suit after reconsideration");
        }
    }

    private static void CheckFiled(DateOnly filedOn, Application application)
    {
        if (filedOn < application.ReceivedOn)
        {
            throw ApplicationWorkflow.Refuse("REG062", $"案件提起日期 {ApplicationWorkflow.D(filedOn)} 早于申请 {application.Ref} 的收到日期 {ApplicationWorkflow.D(application.ReceivedOn)}", $"filed on {ApplicationWorkflow.D(filedOn)}, before {application.Ref} was received ({ApplicationWorkflow.D(application.ReceivedOn)})");
        }
    }

    private static void CheckResult(AppealResult result)
    {
        if (!Enum.IsDefined(result))
        {
            throw ApplicationWorkflow.Refuse("REG064", "结果须为维持、纠正或其他", "the result must be upheld, corrected or other");
        }
    }

    private static void CheckDecided(DateOnly on, DateOnly filedOn)
    {
        if (on < filedOn)
        {
            throw ApplicationWorkflow.Refuse("REG065", $"审结日期 {ApplicationWorkflow.D(on)} 早于提起日期 {ApplicationWorkflow.D(filedOn)}", $"decided on {ApplicationWorkflow.D(on)}, before it was filed ({ApplicationWorkflow.D(filedOn)})");
        }
    }
}

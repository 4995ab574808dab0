using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N3: "办结/答复M件" agrees with table 2 （七）总计, and "结转下年度K件" / "K件…顺延到下年度答复" with row 四, 总计.
/// </summary>
public sealed class N3ConcludedRule : IReportRule
{
    public const string Id = "N3";
    public const string Concluded = "N3.concluded";
    public const string CarriedForward = "N3.carried_forward";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文办结数与表二",
        "Applications concluded: prose against table 2",
        "正文所称办结（答复）的申请件数应等于表二“（七）总计”；所称结转下年度（顺延到下年度答复）的件数应等于“四、结转下年度继续办理”总计。",
        "The number of applications the prose says were concluded (answered) must equal table 2 (七) total; the number carried to next year must equal row 四 (carried forward), total.",
        [
            new(Concluded, "正文“{quote}”称办结 {stated} 件，表二“（七）总计”为 {table}{blankNote}", "the prose (“{quote}”) says {stated} were concluded, but table 2 (七) total says {table}{blankNote}"),
            new(CarriedForward, "正文“{quote}”称结转下年度 {stated} 件，表二“四、结转下年度继续办理”总计为 {table}{blankNote}", "the prose (“{quote}”) says {stated} were carried to next year, but table 2 row 四 (carried forward), total, says {table}{blankNote}"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = ClaimExtractor.For(report, context);
        if (!claims.Has(ClaimKind.Concluded) && !claims.Has(ClaimKind.CarriedForward))
        {
            return NarrativeCheck.NoClaim(Rule);
        }

        var plan = SchemaPlan.For(report.Schema);
        var total = plan.T2Columns.Length - 1;
        var tally = new RuleTally(Rule);
        foreach (var claim in claims.Claims)
        {
            if (claim.Kind == ClaimKind.Concluded)
            {
                NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.ResultsTotal[total]), Concluded, NarrativeCheck.Ids(plan.ResultsTotal[total]));
            }
            else if (claim.Kind == ClaimKind.CarriedForward)
            {
                NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.CarriedForward[total]), CarriedForward, NarrativeCheck.Ids(plan.CarriedForward[total]));
            }
        }

        return tally.Build();
    }
}

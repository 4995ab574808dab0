using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.CrossYear;

/// <summary>
/// Y1: what last year's report carried forward (row 四) is what this year's report carried over (row 二), column by
/// column. Restructuring and corrections break this legitimately, hence a warning.
/// </summary>
public sealed class Y1CarryOverRule : IReportRule
{
    public const string Id = "Y1";
    public const string Mismatch = "Y1.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.CrossYear,
        "上年结转与上年报告",
        "Carried over against last year's report",
        "本年报告表二“二、上年结转”各栏应等于上一年度报告“四、结转下年度继续办理”相应栏。",
        "Table 2 row 二 (carried over) must equal last year's row 四 (carried forward), column by column.",
        [new(Mismatch, "{column}：本年上年结转为 {current}，{priorYear} 年报告结转下年度为 {prior}{blankNote}", "{column}: carried over this year is {current}, but the {priorYear} report carried forward {prior}{blankNote}")])
    {
        NeedsPrior = true,
    };

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (context?.Prior is not { } prior)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NoPrior));
        }

        if (PriorCheck.Validate(report, prior) is { } reason)
        {
            return RuleTally.NotAssessable(Rule, reason);
        }

        var plan = SchemaPlan.For(report.Schema);
        var priorPlan = SchemaPlan.For(prior.Schema);
        var priorYear = ReportFacts.Year(prior) ?? 0;
        var tally = new RuleTally(Rule);
        for (var c = 0; c < plan.T2Columns.Length; c++)
        {
            var now = Operand.Read(report, plan.CarriedOver[c]);
            var before = Operand.Read(prior, priorPlan.CarriedForward[c]);
            if (!now.Assessable || !before.Assessable)
            {
                tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", now.MissingField ?? before.MissingField!)));
                continue;
            }

            if (now.Value == before.Value)
            {
                tally.Pass();
                continue;
            }

            tally.Fail(tally.Finding(
                Mismatch,
                report,
                [plan.CarriedOver[c].Id],
                Args.Column("column", plan.T2Columns[c]),
                Args.Number("current", now.Value),
                Args.Number("priorYear", priorYear),
                Args.Number("prior", before.Value),
                CommonMessages.BlankNote(now.ReadBlankAsZero || before.ReadBlankAsZero)));
        }

        return tally.Build();
    }
}

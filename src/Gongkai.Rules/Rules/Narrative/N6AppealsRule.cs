using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N6: what the prose says about 行政复议 and 行政诉讼 agrees with table 3: "未发生…" means the groups named are 0;
/// "均获维持" means nothing was corrected or is still pending in the groups named (all three when none is named);
/// "行政复议N件" is the 行政复议 total and "行政诉讼N件" the two suit groups together.
/// </summary>
public sealed class N6AppealsRule : IReportRule
{
    public const string Id = "N6";
    public const string NoAppeals = "N6.no_appeals";
    public const string NotUpheld = "N6.not_upheld";
    public const string Corrected = "N6.corrected";
    public const string ReviewCount = "N6.review_count";
    public const string SuitCount = "N6.suit_count";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文复议诉讼与表三",
        "Reconsideration and litigation: prose against table 3",
        "正文称未发生行政复议、行政诉讼时，表三相应各组总计应为 0；称“均获维持”时，相应各组不应有结果纠正或尚未审结；所称行政复议件数应等于行政复议总计，行政诉讼件数应等于两类起诉总计之和。",
        "When the prose says there was no reconsideration or litigation, the matching groups of table 3 must be 0; \"all upheld\" means none corrected or pending in the groups named; a stated number of reconsiderations must equal that group's total, and of suits the two suit groups' totals together.",
        [
            new(NoAppeals, "正文“{quote}”称未发生，但表三{group}总计为 {table}{blankNote}", "the prose (“{quote}”) says there were none, but table 3 {group} total says {table}{blankNote}"),
            new(NotUpheld, "正文“{quote}”称均获维持，但表三{group}结果纠正 {corrected} 件、尚未审结 {pending} 件", "the prose (“{quote}”) says all were upheld, but table 3 {group} has {corrected} corrected and {pending} pending"),
            new(Corrected, "正文“{quote}”称未被纠错，但表三{group}结果纠正为 {corrected}", "the prose (“{quote}”) says nothing was corrected, but table 3 {group} has {corrected} corrected"),
            new(ReviewCount, "正文“{quote}”称行政复议 {stated} 件，表三行政复议总计为 {table}{blankNote}", "the prose (“{quote}”) says {stated} reconsiderations, but table 3 reconsideration total says {table}{blankNote}"),
            new(SuitCount, "正文“{quote}”称行政诉讼 {stated} 件，表三两类起诉总计之和为 {table}{blankNote}", "the prose (“{quote}”) says {stated} suits, but the two suit groups of table 3 total {table}{blankNote}"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = ClaimExtractor.For(report, context);
        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        var any = false;
        foreach (var claim in claims.Claims)
        {
            switch (claim.Kind)
            {
                case ClaimKind.NoAppeals:
                    any = true;
                    ForGroups(claim.Scope, r => NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.T3Totals[r]), NoAppeals, NarrativeCheck.Ids(plan.T3Totals[r]), Args.Row("group", plan.T3Rows[r])));
                    break;
                case ClaimKind.NoCorrections:
                    any = true;
                    ForGroups(claim.Scope, r => NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.T3Corrected[r]), Corrected, NarrativeCheck.Ids(plan.T3Corrected[r]), Args.Row("group", plan.T3Rows[r]), Args.Number("corrected", Operand.Read(report, plan.T3Corrected[r]).Value)));
                    break;
                case ClaimKind.AllUpheld:
                    any = true;
                    ForGroups(claim.Scope, r => Upheld(tally, report, plan, claim, r));
                    break;
                case ClaimKind.ReviewCount:
                    any = true;
                    NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.T3Totals[0]), ReviewCount, NarrativeCheck.Ids(plan.T3Totals[0]));
                    break;
                case ClaimKind.SuitCount:
                    any = true;
                    NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Sum(report, plan.T3Totals.AsSpan(1)), SuitCount, NarrativeCheck.Ids(plan.T3Totals.AsSpan(1)));
                    break;
            }
        }

        return any ? tally.Build() : NarrativeCheck.NoClaim(Rule);
    }

    /// <summary>Table 3's groups in schema order: 行政复议, 未经复议直接起诉, 复议后起诉.</summary>
    private static void ForGroups(Narrative.AppealScope scope, Action<int> check)
    {
        if ((scope & Narrative.AppealScope.Review) != 0)
        {
            check(0);
        }

        if ((scope & Narrative.AppealScope.Suits) != 0)
        {
            check(1);
            check(2);
        }
    }

    private static void Upheld(RuleTally tally, ReportModel report, SchemaPlan plan, Claim claim, int r)
    {
        var corrected = Operand.Read(report, plan.T3Corrected[r]);
        var pending = Operand.Read(report, plan.T3Pending[r]);
        if (!corrected.Assessable || !pending.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(Messages.CommonMessages.CellsMissing, Args.Text("cells", corrected.MissingField ?? pending.MissingField!)));
            return;
        }

        if (corrected.Value == 0 && pending.Value == 0)
        {
            tally.Pass();
            return;
        }

        FieldDef[] cells = [plan.T3Corrected[r], plan.T3Pending[r]];
        tally.Fail(tally.Finding(
            NotUpheld,
            report,
            FieldIds.Of(cells),
            claim.Where,
            Rule.Severity,
            Args.Text("quote", claim.Quote),
            Args.Row("group", plan.T3Rows[r]),
            Args.Number("corrected", corrected.Value),
            Args.Number("pending", pending.Value)));
    }
}

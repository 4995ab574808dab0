using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N1: the number of applications the prose says were received agrees with table 2 row 一 (本年新收), 总计; "含上年结转
/// K件" agrees with row 二; "共办理/共答复 N件" agrees with 一 + 二 or with （七）总计 (either reading is common).
/// </summary>
/// <remarks>
/// Statements scoped to part of a body ("…办公室代表…政府受理…") are still compared: a warning asks a person to
/// look, and the message says the statement was scoped.
/// </remarks>
public sealed class N1ApplicationsReceivedRule : IReportRule
{
    public const string Id = "N1";
    public const string Received = "N1.received";
    public const string Handled = "N1.handled";
    public const string CarriedOver = "N1.carried_over";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文申请数与表二",
        "Applications received: prose against table 2",
        "正文所称收到（受理、新收）的政府信息公开申请件数应等于表二“一、本年新收”总计；“含上年结转K件”应等于“二、上年结转”总计；“共办理/答复N件”应等于新收加上年结转，或等于办理结果总计。",
        "The number of applications the prose says were received must equal table 2 row 一 (new), total; \"including K carried over\" must equal row 二; \"handled N in all\" must equal new + carried over, or the total of results.",
        [
            new(Received, "正文“{quote}”称收到申请 {stated} 件，表二“一、本年新收”总计为 {table}{blankNote}{scopeNote}", "the prose (“{quote}”) says {stated} applications were received, but table 2 row 一 (new), total, says {table}{blankNote}{scopeNote}"),
            new(Handled, "正文“{quote}”称办理申请 {stated} 件，表二新收加上年结转为 {table}，办理结果总计为 {results}{blankNote}", "the prose (“{quote}”) says {stated} applications were handled, but table 2 has new + carried over = {table} and a total of results of {results}{blankNote}"),
            new(CarriedOver, "正文“{quote}”称上年结转 {stated} 件，表二“二、上年结转”总计为 {table}{blankNote}", "the prose (“{quote}”) says {stated} applications were carried over, but table 2 row 二 (carried over), total, says {table}{blankNote}"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = ClaimExtractor.For(report, context);
        var plan = SchemaPlan.For(report.Schema);
        var total = plan.T2Columns.Length - 1;
        var tally = new RuleTally(Rule);
        foreach (var claim in claims.Claims)
        {
            switch (claim.Kind)
            {
                case ClaimKind.Received:
                    NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.New[total]), Received, NarrativeCheck.Ids(plan.New[total]), NarrativeCheck.ScopeNote(claim.Scoped));
                    break;
                case ClaimKind.CarriedOver:
                    NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.CarriedOver[total]), CarriedOver, NarrativeCheck.Ids(plan.CarriedOver[total]));
                    break;
                case ClaimKind.Handled:
                    var received = Operand.Read(report, plan.New[total]).Plus(Operand.Read(report, plan.CarriedOver[total]));
                    var results = Operand.Read(report, plan.ResultsTotal[total]);
                    if (received.Assessable && results.Assessable && results.Value == claim.Value)
                    {
                        tally.Pass();
                        break;
                    }

                    NarrativeCheck.Compare(
                        tally,
                        Rule,
                        report,
                        claim,
                        received,
                        Handled,
                        NarrativeCheck.Ids(plan.New[total], plan.CarriedOver[total], plan.ResultsTotal[total]),
                        Args.Number("results", results.Value));
                    break;
            }
        }

        return tally.Checked == 0 && !claims.Has(ClaimKind.Received) && !claims.Has(ClaimKind.Handled) && !claims.Has(ClaimKind.CarriedOver)
            ? NarrativeCheck.NoClaim(Rule)
            : tally.Build();
    }
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;

namespace Gongkai.Rules.CrossYear;

/// <summary>
/// Y2: the stock of 规章 and 行政规范性文件 rolls forward: 现行有效(t) = 现行有效(t−1) + 本年制发(t) − 本年废止(t). Documents
/// that lapse without being repealed, and revisions, make this approximate, hence Info. Both reports must use the
/// 2021 format (the 2019 trial format has no 废止 column).
/// </summary>
public sealed class Y2InForceRollForwardRule : IReportRule
{
    public const string Id = "Y2";
    public const string Mismatch = "Y2.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Info,
        RuleCategory.CrossYear,
        "现行有效件数滚动",
        "Documents in force roll forward",
        "现行有效件数应约等于上年现行有效件数加本年制发件数减本年废止件数（规章、行政规范性文件；两年均须为 2021 年格式）。",
        "In force this year should be about in force last year plus issued minus repealed this year (rules and normative documents; both reports in the 2021 format).",
        [new(Mismatch, "{row}：上年现行有效 {prior} + 本年制发 {issued} − 本年废止 {repealed} = {expected}，本年现行有效为 {inForce}", "{row}: {prior} in force last year + {issued} issued − {repealed} repealed = {expected}, but {inForce} are in force")])
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

        if (report.Edition != ReportEdition.National2021 || prior.Edition != ReportEdition.National2021)
        {
            return RuleTally.NotAssessable(Rule, PriorCheck.NotApplicable2019());
        }

        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        Roll(tally, report, prior, plan.RegulationsIssued, plan.RegulationsRepealed!, plan.RegulationsInForce);
        Roll(tally, report, prior, plan.NormativeIssued, plan.NormativeRepealed!, plan.NormativeInForce);
        return tally.Build();
    }

    private static void Roll(RuleTally tally, ReportModel report, ReportModel prior, FieldDef issued, FieldDef repealed, FieldDef inForce)
    {
        var before = Operand.Read(prior, inForce);
        var i = Operand.Read(report, issued);
        var r = Operand.Read(report, repealed);
        var now = Operand.Read(report, inForce);
        foreach (var o in (ReadOnlySpan<Operand>)[before, i, r, now])
        {
            if (!o.Assessable)
            {
                tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", o.MissingField!)));
                return;
            }
        }

        var expected = before.Value + i.Value - r.Value;
        if (expected == now.Value)
        {
            tally.Pass();
            return;
        }

        tally.Fail(tally.Finding(
            Mismatch,
            report,
            [inForce.Id, issued.Id, repealed.Id],
            Args.Row("row", inForce.Row),
            Args.Number("prior", before.Value),
            Args.Number("issued", i.Value),
            Args.Number("repealed", r.Value),
            Args.Number("expected", expected),
            Args.Number("inForce", now.Value)));
    }
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;

namespace Gongkai.Rules.Plausibility;

/// <summary>
/// P6: what was issued this year is normally still in force at its end, so 现行有效 ≥ 本年制发 for 规章 and
/// 行政规范性文件 (2021). Less is possible only if documents issued this year were also repealed this year.
/// </summary>
public sealed class P6InForceRule : IReportRule
{
    public const string Id = "P6";
    public const string Fewer = "P6.fewer";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Info,
        RuleCategory.Plausibility,
        "现行有效少于本年制发",
        "Fewer in force than issued",
        "现行有效件数通常不少于本年制发件数（除非本年制发的文件当年即废止）。",
        "The number in force is normally at least the number issued this year (unless documents issued this year were also repealed this year).",
        [new(Fewer, "{row}：现行有效 {inForce} 件，少于本年制发 {issued} 件", "{row}: {inForce} in force, fewer than the {issued} issued this year")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plan = SchemaPlan.For(report.Schema);
        if (!plan.Is2021)
        {
            return RuleTally.NotAssessable(Rule, PriorCheck.NotApplicable2019());
        }

        var tally = new RuleTally(Rule);
        Compare(tally, report, plan.RegulationsIssued, plan.RegulationsInForce);
        Compare(tally, report, plan.NormativeIssued, plan.NormativeInForce);
        return tally.Build();
    }

    private static void Compare(RuleTally tally, ReportModel report, FieldDef issued, FieldDef inForce)
    {
        var i = Operand.Read(report, issued);
        var f = Operand.Read(report, inForce);
        if (!i.Assessable || !f.Assessable)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", i.MissingField ?? f.MissingField!)));
        }
        else if (f.Value >= i.Value)
        {
            tally.Pass();
        }
        else
        {
            tally.Fail(tally.Finding(Fewer, report, [inForce.Id, issued.Id], Args.Row("row", issued.Row), Args.Number("inForce", f.Value), Args.Number("issued", i.Value)));
        }
    }
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Plausibility;

/// <summary>
/// P1: only 国务院部门 and the governments of provinces, 设区的市 and 自治州 make 规章. A county, district or township,
/// or a department of a local government, reporting 规章 in table 1 has most likely put its 规范性文件 or other
/// documents in the wrong row.
/// </summary>
public sealed class P1RegulationsRule : IReportRule
{
    public const string Id = "P1";
    public const string Suspect = "P1.suspect";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Plausibility,
        "规章制定主体",
        "Who can make 规章",
        "只有国务院部门、省级人民政府、设区的市和自治州人民政府可以制定规章；县、区、乡镇、街道及地方政府部门在表一“规章”行填报非零数值值得核实。",
        "Only State Council departments and the governments of provinces, cities with districts and autonomous prefectures make 规章; a county, district, township or local department reporting 规章 in table 1 should be checked.",
        [new(Suspect, "{body}无权制定规章，但表一“规章”行为 {values}", "{body} cannot make 规章, but table 1's 规章 row says {values}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = ReportFacts.Body(report);
        var level = BodyClassifier.Classify(body);
        if (level == BodyLevel.Unknown)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.BodyUnknown));
        }

        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        var any = false;
        var values = new string[plan.Regulations.Length];
        var positive = false;
        for (var i = 0; i < plan.Regulations.Length; i++)
        {
            var o = Operand.Read(report, plan.Regulations[i]);
            any |= o.Assessable;
            values[i] = o.Assessable ? Args.Number("v", o.Value).Zh : "—";
            positive |= o.Assessable && o.Value > 0;
        }

        if (!any)
        {
            tally.NotAssessable(RuleReason.Of(CommonMessages.CellsMissing, Args.Text("cells", plan.Regulations[0].Id)));
            return tally.Build();
        }

        if (!positive || level == BodyLevel.MayMakeRules)
        {
            tally.Pass();
            return tally.Build();
        }

        tally.Fail(tally.Finding(Suspect, report, FieldIds.Of(plan.Regulations), report.Metadata.Title?.Where ?? default, Rule.Severity, Args.Text("body", body!), Args.List("values", values, values)));
        return tally.Build();
    }
}

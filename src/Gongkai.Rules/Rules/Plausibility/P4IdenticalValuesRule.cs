using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Rules.Plausibility;

/// <summary>
/// P4: the same non-zero number where there is no reason for it, a sign of a value typed twice or a table copied:
/// 本年废止 = 现行有效 for 规章 or 行政规范性文件 (2021); and, given last year's report, tables 1 and 2 identical to it.
/// Often genuine (the 2024 report of one district confirms a 5 = 5), hence Info.
/// </summary>
public sealed class P4IdenticalValuesRule : IReportRule
{
    public const string Id = "P4";
    public const string RepealedEqualsInForce = "P4.repealed_in_force";
    public const string CopiedFromPrior = "P4.copied";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Info,
        RuleCategory.Plausibility,
        "数值雷同",
        "Identical values",
        "本年废止件数与现行有效件数相同且非零，或表一、表二与上一年度报告完全相同时提示核实。",
        "Noted when repealed equals in force (and is not zero) for rules or normative documents, or when tables 1 and 2 are identical to last year's report.",
        [
            new(RepealedEqualsInForce, "{row}：本年废止与现行有效均为 {value}", "{row}: repealed and in force are both {value}"),
            new(CopiedFromPrior, "表一、表二与 {priorYear} 年报告完全相同", "tables 1 and 2 are identical to the {priorYear} report"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        if (plan.Is2021)
        {
            Pair(tally, report, plan.RegulationsRepealed!, plan.RegulationsInForce);
            Pair(tally, report, plan.NormativeRepealed!, plan.NormativeInForce);
        }
        else
        {
            tally.NotAssessable(PriorCheck.NotApplicable2019());
        }

        if (context?.Prior is { } prior)
        {
            if (PriorCheck.Validate(report, prior) is { } reason)
            {
                tally.NotAssessable(reason);
            }
            else
            {
                Copied(tally, report, prior, plan);
            }
        }

        return tally.Build();
    }

    private static void Pair(RuleTally tally, ReportModel report, FieldDef repealed, FieldDef inForce)
    {
        var r = report.Tables[repealed].Value;
        var f = report.Tables[inForce].Value;
        if (!r.IsNumber || !f.IsNumber)
        {
            tally.NotAssessable(RuleReason.Of(Messages.CommonMessages.CellsMissing, Args.Text("cells", r.IsNumber ? inForce.Id : repealed.Id)));
            return;
        }

        if (r.Number == 0 || r.Number != f.Number)
        {
            tally.Pass();
            return;
        }

        tally.Fail(tally.Finding(RepealedEqualsInForce, report, [repealed.Id, inForce.Id], Args.Row("row", repealed.Row), Args.Number("value", r.Number)));
    }

    private static void Copied(RuleTally tally, ReportModel report, ReportModel prior, SchemaPlan plan)
    {
        if (!ReferenceEquals(prior.Schema, report.Schema))
        {
            tally.Pass();
            return;
        }

        var nonZero = false;
        for (var t = 0; t < 2; t++)
        {
            foreach (var f in plan.TableFields[t])
            {
                var a = report.Tables[f].Value;
                var b = prior.Tables[f].Value;
                if (!a.IsNumber || !b.IsNumber || a.Number != b.Number)
                {
                    tally.Pass();
                    return;
                }

                nonZero |= a.Number != 0;
            }
        }

        if (!nonZero)
        {
            tally.Pass();
            return;
        }

        tally.Fail(tally.Finding(CopiedFromPrior, report, [], default, Severity.Info, Args.Number("priorYear", ReportFacts.Year(prior) ?? 0)));
    }
}

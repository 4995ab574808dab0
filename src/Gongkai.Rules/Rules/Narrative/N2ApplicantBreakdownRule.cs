using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N2: a breakdown by applicant in the sentence that states the applications received ("其中自然人 11 件、科研机构 3 件")
/// agrees with the columns of table 2 row 一. "法人或其他组织N件" is compared with the five organisation columns together.
/// </summary>
public sealed class N2ApplicantBreakdownRule : IReportRule
{
    public const string Id = "N2";
    public const string Mismatch = "N2.mismatch";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文申请人构成与表二",
        "Applicants: prose against table 2",
        "正文在说明收到申请数的同一句中按申请人类型列出的件数（自然人、商业企业……）应等于表二“一、本年新收”相应栏。",
        "A breakdown by applicant in the sentence stating the applications received (natural persons, commercial enterprises…) must equal the matching columns of table 2 row 一 (new).",
        [new(Mismatch, "正文“{quote}”称{column} {stated} 件，表二“一、本年新收”该栏为 {table}{blankNote}", "the prose (“{quote}”) says {stated} from {column}, but table 2 row 一 (new) says {table}{blankNote}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = ClaimExtractor.For(report, context);
        if (!claims.Has(ClaimKind.Applicant))
        {
            return NarrativeCheck.NoClaim(Rule);
        }

        var plan = SchemaPlan.For(report.Schema);
        var tally = new RuleTally(Rule);
        foreach (var claim in claims.Claims)
        {
            if (claim.Kind != ClaimKind.Applicant)
            {
                continue;
            }

            if (claim.Column is { } key)
            {
                var c = IndexOf(plan, key);
                NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, plan.New[c]), Mismatch, NarrativeCheck.Ids(plan.New[c]), Args.Column("column", plan.T2Columns[c]));
            }
            else
            {
                // 法人或其他组织: the five organisation columns (all but 自然人 and 总计)
                var orgs = plan.New.AsSpan(1, plan.New.Length - 2);
                NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Sum(report, orgs), Mismatch, NarrativeCheck.Ids(orgs), Args.Words("column", "法人或其他组织", "legal persons and other organisations"));
            }
        }

        return tally.Build();
    }

    private static int IndexOf(SchemaPlan plan, string key)
    {
        for (var i = 0; i < plan.T2Columns.Length; i++)
        {
            if (plan.T2Columns[i].Key == key)
            {
                return i;
            }
        }

        return 0; // every applicant key the extractor produces is a column; 自然人 is the safe default
    }
}

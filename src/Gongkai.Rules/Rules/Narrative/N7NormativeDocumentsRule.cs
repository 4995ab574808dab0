using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N7: the numbers of 规范性文件 (and 规章) the prose says were issued or are in force agree with table 1, 第二十条第（一）项:
/// 本年制发 and 现行有效 in 2021; 本年新公开 and 对外公开总数量 in the 2019 trial format.
/// </summary>
/// <remarks>A number preceded within its clause by 废止, 清理, 备案, 解读… is about something else and is skipped.</remarks>
public sealed class N7NormativeDocumentsRule : IReportRule
{
    public const string Id = "N7";
    public const string Issued = "N7.issued";
    public const string InForce = "N7.in_force";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文规范性文件数与表一",
        "Normative documents: prose against table 1",
        "正文所称发布（制定、制发）的行政规范性文件、规章件数应等于表一“本年制发件数”（2019 年格式为“本年新公开数量”）；所称现行有效件数应等于“现行有效件数”（2019 年格式为“对外公开总数量”）。",
        "The number of normative documents (and rules) the prose says were issued must equal table 1's issued this year (2019: newly published); the number in force must equal in force (2019: total published).",
        [
            new(Issued, "正文“{quote}”称发布 {stated} 件，表一{cell}为 {table}{blankNote}", "the prose (“{quote}”) says {stated} were issued, but table 1 {cell} says {table}{blankNote}"),
            new(InForce, "正文“{quote}”称现行有效 {stated} 件，表一{cell}为 {table}{blankNote}", "the prose (“{quote}”) says {stated} are in force, but table 1 {cell} says {table}{blankNote}"),
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
            var (field, key) = claim.Kind switch
            {
                ClaimKind.NormativeIssued => (plan.NormativeIssued, Issued),
                ClaimKind.RegulationsIssued => (plan.RegulationsIssued, Issued),
                ClaimKind.NormativeInForce => (plan.NormativeInForce, InForce),
                ClaimKind.RegulationsInForce => (plan.RegulationsInForce, InForce),
                _ => (null, string.Empty),
            };
            if (field is null)
            {
                continue;
            }

            any = true;
            NarrativeCheck.Compare(tally, Rule, report, claim, Operand.Read(report, field), key, NarrativeCheck.Ids(field), Args.Field("cell", field));
        }

        return any ? tally.Build() : NarrativeCheck.NoClaim(Rule);
    }
}

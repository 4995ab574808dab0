using System.Globalization;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules.Narrative;

/// <summary>
/// N9: a total in the prose and the parts listed after "其中" add up. Lists often run on after a comma into figures
/// of another kind ("收到 14 件，其中个人 9 件、企业 5 件，已办结 12 件…"), so the check passes when the whole list or any prefix of
/// two or more parts makes the total; it fails only when nothing does and the parts are one plain enumeration
/// (separated only by "、" and "；"). Anything else is not assessable for that statement.
/// </summary>
public sealed class N9ProseSumRule : IReportRule
{
    public const string Id = "N9";
    public const string Mismatch = "N9.mismatch";
    public const string Unclear = "N9.unclear";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Narrative,
        "正文合计与分项",
        "Totals in the prose add up",
        "正文“共N条，其中a条、b条……”中，“其中”之后所列同一单位的分项之和（或其前若干项之和）应等于合计数。",
        "In the prose, the parts listed after \"其中\" (in the same unit) must add up to the stated total, either all of them or the first few.",
        [
            new(Mismatch, "正文“{quote}”：分项 {parts} 之和为 {sum}，与合计 {total}{unit} 不符", "“{quote}”: the parts {parts} sum to {sum}, not the stated total of {total} {unit}"),
            new(Unclear, "正文“{quote}”的分项不构成单一列举，无法核对", "the parts listed in “{quote}” are not one plain enumeration; not checked"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = ClaimExtractor.For(report, context);
        if (claims.Sums.IsEmpty)
        {
            return NarrativeCheck.NoClaim(Rule);
        }

        var tally = new RuleTally(Rule);
        foreach (var s in claims.Sums)
        {
            decimal running = 0;
            var matched = false;
            for (var i = 0; i < s.Parts.Length; i++)
            {
                running += s.Parts[i];
                if (running == s.Total && (i >= 1 || s.Parts.Length == 1))
                {
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                tally.Pass();
            }
            else if (s.PlainEnumeration && s.Parts.Length >= 2)
            {
                var parts = new string[s.Parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = s.Parts[i].ToString(CultureInfo.InvariantCulture);
                }

                tally.Fail(tally.Finding(
                    Mismatch,
                    report,
                    [],
                    s.Where,
                    Rule.Severity,
                    Args.Text("quote", s.Quote),
                    new MessageArg("parts", string.Join("+", parts)),
                    Args.Number("sum", running),
                    Args.Number("total", s.Total),
                    Args.Text("unit", s.Unit)));
            }
            else
            {
                tally.NotAssessable(RuleReason.Of(Unclear, Args.Text("quote", s.Quote)));
            }
        }

        return tally.Build();
    }
}

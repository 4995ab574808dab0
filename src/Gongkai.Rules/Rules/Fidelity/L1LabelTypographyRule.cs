using Gongkai.Diagnostics;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// L1 (our own, not in the spec's list): labels that differ from the format only in typography (bracket width,
/// spaces inside words such as "自然 人") or script (traditional characters). Not defects, but a sign of how the
/// document was produced, so one aggregated Info finding per report, never one per label.
/// </summary>
public sealed class L1LabelTypographyRule : IReportRule
{
    public const string Id = "L1";
    public const string Typography = "L1.typography";

    /// <summary>How many examples the finding quotes.</summary>
    private const int Examples = 3;

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Info,
        RuleCategory.Fidelity,
        "标签排版差异",
        "Labels differ in typography only",
        "表格标签仅在排版或字形上与格式不同（全角半角括号、词内空格、繁体字），汇总提示一次。",
        "Table labels that differ from the format only in typography (bracket width, spaces inside words) or script (traditional characters); reported once per report.",
        [new(Typography, "{count} 个表格标签仅在排版或字形上与格式不同，例如：{examples}", "{count} table labels differ from the format only in typography or script, e.g. {examples}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Labels.IsDefaultOrEmpty)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "未记录表格标签", "no table labels were recorded")));
        }

        var tally = new RuleTally(Rule);
        var count = 0;
        List<LabelObservation>? variants = null;
        LabelObservation? first = null;
        foreach (var obs in report.Labels)
        {
            if (obs.Kind is LabelMatchKind.Typography or LabelMatchKind.Traditional && !obs.OtherEdition)
            {
                count++;
                first ??= obs;
                (variants ??= []).Add(obs);
            }
            else
            {
                tally.Pass();
            }
        }

        if (count > 0)
        {
            // the shortest distinct ones make the clearest examples
            var examples = variants!
                .DistinctBy(o => o.Printed)
                .OrderBy(o => o.Printed.Length)
                .Take(Examples)
                .Select(o => "“" + o.Printed + "”→“" + (o.Target?.Label ?? o.Printed) + "”")
                .ToList();
            tally.Fail(tally.Finding(Typography, report, [], first!.Where, Severity.Info, Args.Number("count", count), Args.List("examples", examples, examples)));
        }

        return tally.Build();
    }
}

using Gongkai.Diagnostics;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Rules.Messages;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// F4: the labels printed in the tables are the format's. Misspelt or truncated labels ("本年度止件数"), labels of the
/// other edition ("规范性文件" in a 2021 table) and unknown rows that carry numbers are each one finding.
/// </summary>
/// <remarks>
/// Typographic and script differences are not defects of wording; rule L1 notes them. Unknown labels without numbers
/// (stray header text) are left alone: they change nothing in the data.
/// </remarks>
public sealed class F4LabelSpellingRule : IReportRule
{
    public const string Id = "F4";
    public const string Misspelt = "F4.misspelt";
    public const string Unknown = "F4.unknown";
    public const string OtherEdition = "F4.other_edition";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Fidelity,
        "表格标签用字",
        "Table labels as worded by the format",
        "表格中的行、列标签应与格式一致：不应有错字、缺字（如“本年度止件数”），不应使用另一版格式的标签（如 2021 年表格中的“规范性文件”），不应有带数据的未知行。",
        "The table labels must be worded as in the format: no misspelt or truncated labels, no labels of the other edition (规范性文件 in a 2021 table), no unknown rows carrying numbers.",
        [
            new(Misspelt, "表格标签“{printed}”应为“{official}”", "the table label “{printed}” should read “{official}”"),
            new(Unknown, "表格中有格式未规定的行“{printed}”，且含有数据", "the tables have a row “{printed}” that is not in the format, and it carries numbers"),
            new(OtherEdition, "表格标签“{printed}”属于 {edition}，本报告使用 {current}", "the table label “{printed}” belongs to {edition}, but this report uses {current}"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Labels.IsDefaultOrEmpty)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "未记录表格标签", "no table labels were recorded")));
        }

        var tally = new RuleTally(Rule);
        foreach (var obs in report.Labels)
        {
            if (obs.OtherEdition)
            {
                tally.Fail(tally.Finding(
                    OtherEdition,
                    report,
                    [],
                    obs.Where,
                    Rule.Severity,
                    Args.Text("printed", obs.Printed),
                    Args.Edition("edition", report.Edition == Schema.ReportEdition.National2021 ? Schema.ReportEdition.Trial2019 : Schema.ReportEdition.National2021),
                    Args.Edition("current", report.Edition)));
                continue;
            }

            switch (obs.Kind)
            {
                case LabelMatchKind.Misspelling or LabelMatchKind.Fuzzy when obs.Target is { } target:
                    tally.Fail(tally.Finding(Misspelt, report, [], obs.Where, Rule.Severity, Args.Text("printed", obs.Printed), Args.Text("official", target.Label)));
                    break;
                case LabelMatchKind.Unknown when obs.HasValues:
                    tally.Fail(tally.Finding(Unknown, report, [], obs.Where, Rule.Severity, Args.Text("printed", obs.Printed)));
                    break;
                default:
                    tally.Pass();
                    break;
            }
        }

        return tally.Build();
    }
}

using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// F1: the six sections of the format are all present and in the format's order. 条例第五十条 fixes the content of
/// the report; a missing section (most often 四, 复议/诉讼, when there were none) is a missing part of the report.
/// </summary>
/// <remarks>Headings the reader recognised under another wording (the 因…被申请行政复议 variant) count as present.</remarks>
public sealed class F1SectionsRule : IReportRule
{
    public const string Id = "F1";
    public const string Missing = "F1.missing";
    public const string Order = "F1.order";

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Error,
        RuleCategory.Fidelity,
        "六个部分齐全有序",
        "All six sections, in order",
        "报告应依次包含总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。",
        "The report must contain the six sections of the format, in order: overview; proactive disclosure; applications; reconsideration and litigation; problems and improvements; other matters.",
        [
            new(Missing, "缺少“{section}”部分", "section {section} is missing"),
            new(Order, "“{section}”部分出现在“{after}”部分之后，顺序不符", "section {section} comes after section {after}, out of order"),
        ]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!ReportFacts.HasDocumentText(report))
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.NotApplicable, Args.Words("why", "无正文", "no document text")));
        }

        var tally = new RuleTally(Rule);
        Span<bool> present = stackalloc bool[7];
        foreach (var s in report.Sections)
        {
            present[(int)s.Id] = true;
        }

        for (var id = 1; id <= 6; id++)
        {
            if (present[id])
            {
                tally.Pass();
                continue;
            }

            var def = report.Schema.Section((SectionId)id);
            tally.Fail(tally.Finding(Missing, report, [], NextHeading(report, (SectionId)id), Rule.Severity, Args.Section("section", def)));
        }

        var max = 0;
        ReportSection? offender = null;
        ReportSection? before = null;
        foreach (var s in report.Sections)
        {
            if ((int)s.Id < max && offender is null)
            {
                offender = s;
            }
            else if ((int)s.Id > max)
            {
                max = (int)s.Id;
                before = s;
            }

            if (offender is not null)
            {
                break;
            }
        }

        if (offender is null)
        {
            tally.Pass();
        }
        else
        {
            tally.Fail(tally.Finding(
                Order,
                report,
                [],
                offender.Heading.Where,
                Rule.Severity,
                Args.Section("section", report.Schema.Section(offender.Id)),
                Args.Section("after", report.Schema.Section(before!.Id))));
        }

        return tally.Build();
    }

    /// <summary>Where a missing section should have been: the heading of the first section after it.</summary>
    private static SourceRef NextHeading(ReportModel report, SectionId missing)
    {
        foreach (var s in report.Sections)
        {
            if (s.Id > missing)
            {
                return s.Heading.Where;
            }
        }

        return SourceRef.None;
    }
}

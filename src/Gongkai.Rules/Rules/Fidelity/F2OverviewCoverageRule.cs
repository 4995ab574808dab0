using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Rules.Messages;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Rules.Fidelity;

/// <summary>
/// F2: section 一 (总体情况) speaks of the five things the 2021 format names: 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、
/// 监督保障. A keyword search, so common wordings count ("政务信息管理", "信息公开监管", "考核").
/// </summary>
public sealed class F2OverviewCoverageRule : IReportRule
{
    public const string Id = "F2";
    public const string Missing = "F2.missing";

    private static readonly Component[] Components =
    [
        new("主动公开", "proactive disclosure", ["主动公开"]),
        new("依申请公开", "disclosure on application", ["依申请", "公开申请"]),
        new("政府信息管理", "information management", ["信息管理", "信息公开管理"]),
        new("政府信息公开平台建设", "disclosure platforms", ["平台"]),
        new("监督保障", "supervision and safeguards", ["监督", "监管", "考核", "评议", "责任追究", "问责"]),
    ];

    public static RuleDescriptor Rule { get; } = new(
        Id,
        Severity.Warning,
        RuleCategory.Fidelity,
        "总体情况五方面",
        "Overview covers the five topics",
        "“一、总体情况”应包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面（2021 年格式明确要求）。",
        "Section 一 (overview) must cover proactive disclosure, disclosure on application, information management, disclosure platforms, and supervision and safeguards (required by the 2021 format).",
        [new(Missing, "“一、总体情况”未涉及{topic}", "section 一 (overview) does not cover {topic}")]);

    public RuleDescriptor Descriptor => Rule;

    public RuleResult Check(ReportModel report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var overview = report.Schema.Section(SectionId.Overview);
        var where = SourceRef.None;
        var found = false;
        Span<bool> covered = stackalloc bool[Components.Length];
        foreach (var s in report.Sections)
        {
            if (s.Id != SectionId.Overview)
            {
                continue;
            }

            if (!found)
            {
                where = s.Heading.Where;
                found = true;
            }

            Cover(s.Heading.Value, covered);
            foreach (var p in s.Paragraphs)
            {
                Cover(p.Value, covered);
            }
        }

        if (!found)
        {
            return RuleTally.NotAssessable(Rule, RuleReason.Of(CommonMessages.SectionMissing, Args.Section("section", overview)));
        }

        var tally = new RuleTally(Rule);
        for (var i = 0; i < Components.Length; i++)
        {
            if (covered[i])
            {
                tally.Pass();
            }
            else
            {
                tally.Fail(tally.Finding(Missing, report, [], where, Rule.Severity, Args.Words("topic", "“" + Components[i].Zh + "”", Components[i].En)));
            }
        }

        return tally.Build();
    }

    private static void Cover(string text, Span<bool> covered)
    {
        // a traditional-character mirror (規範性檔案, 監督保障) says the same words
        text = Labels.TraditionalChinese.ToSimplifiedChars(text);
        for (var i = 0; i < Components.Length; i++)
        {
            if (!covered[i])
            {
                foreach (var k in Components[i].Keywords)
                {
                    if (text.Contains(k, StringComparison.Ordinal))
                    {
                        covered[i] = true;
                        break;
                    }
                }
            }
        }
    }

    private sealed record Component(string Zh, string En, string[] Keywords);
}

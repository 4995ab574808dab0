using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Rules.Tests;

/// <summary>Runs one rule and asserts its ID, status, severities and cells; never the wording.</summary>
internal static class RuleAssert
{
    public static RuleResult Run(IReportRule rule, ReportModel report, RuleContext? context = null)
    {
        var result = rule.Check(report, context ?? RuleContext.Default);
        Assert.Equal(rule.Descriptor.Id, result.RuleId);
        foreach (var f in result.Findings)
        {
            Assert.Equal(rule.Descriptor.Id, f.Id);
            Assert.Contains(rule.Descriptor.Messages, m => m.Key == f.MessageKey);
        }

        return result;
    }

    public static RuleResult Pass(IReportRule rule, ReportModel report, RuleContext? context = null)
    {
        var result = Run(rule, report, context);
        Assert.True(result.Status == RuleStatus.Pass, Describe(result));
        Assert.True(result.Checked > 0);
        return result;
    }

    public static RuleResult NotAssessable(IReportRule rule, ReportModel report, string? reasonKey = null, RuleContext? context = null)
    {
        var result = Run(rule, report, context);
        Assert.True(result.Status == RuleStatus.NotAssessable, Describe(result));
        Assert.NotNull(result.Reason);
        if (reasonKey is not null)
        {
            Assert.Equal(reasonKey, result.Reason!.MessageKey);
        }

        return result;
    }

    /// <summary>Asserts a failure with exactly the given number of findings at the rule's severity (or another).</summary>
    public static RuleResult Fail(IReportRule rule, ReportModel report, int findings = 1, Severity? severity = null, RuleContext? context = null)
    {
        var result = Run(rule, report, context);
        Assert.True(result.Status == RuleStatus.Fail, Describe(result));
        var expected = severity ?? rule.Descriptor.Severity;
        var failures = result.Findings.Where(f => f.Severity == expected).ToList();
        Assert.True(findings == failures.Count, Describe(result));
        return result;
    }

    public static Diagnostic Single(RuleResult result, string messageKey) => Assert.Single(result.Findings, f => f.MessageKey == messageKey);

    public static string Describe(RuleResult r) =>
        r.RuleId + " " + r.Status + " checked=" + r.Checked + " unassessed=" + r.Unassessed + " reason=" + r.Reason?.MessageKey + " " +
        string.Join("; ", r.Findings.Select(f => f.Severity + " " + f.MessageKey + " [" + string.Join(",", f.Args.Select(a => a.Name + "=" + a.Zh)) + "] cells=" + string.Join(",", f.Cells)));
}

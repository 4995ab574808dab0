using Gongkai.Diagnostics;

namespace Gongkai.Rules.Tests;

public sealed class CleanReportTests
{
    public static TheoryData<string> RuleIds => [.. RuleCatalog.All.Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Clean2021_EveryRule_PassesOrNeedsPrior(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var result = RuleAssert.Run(rule, TestReport.Clean2021().Build());
        if (rule.Descriptor.NeedsPrior)
        {
            Assert.Equal(RuleStatus.NotAssessable, result.Status);
            Assert.Equal(Messages.CommonMessages.NoPrior, result.Reason!.MessageKey);
        }
        else if (id == Narrative.N4NoApplicationsRule.Id)
        {
            // the clean report received applications, so it says nothing N4 could check
            Assert.Equal(Messages.CommonMessages.NoClaim, result.Reason!.MessageKey);
        }
        else
        {
            Assert.True(result.Status == RuleStatus.Pass, RuleAssert.Describe(result));
            Assert.Empty(result.Findings);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Clean2019_NoRuleFails(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var result = RuleAssert.Run(rule, TestReport.Clean2019().Build());
        Assert.True(result.Status != RuleStatus.Fail, RuleAssert.Describe(result));
        Assert.DoesNotContain(result.Findings, f => f.Severity > Severity.Info);
    }

    [Fact]
    public void Auditor_CleanReport_HasNoFindings()
    {
        var audit = Auditor.Default.Audit(TestReport.Clean2021().Build());
        Assert.Empty(audit.Findings);
        Assert.Equal(RuleCatalog.All.Length, audit.Results.Length);
    }
}

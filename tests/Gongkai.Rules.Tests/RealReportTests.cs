using Gongkai.Diagnostics;
using Gongkai.Rules.Arithmetic;
using Gongkai.Rules.Fidelity;
using Gongkai.Rules.Narrative;
using SchemaIds = Gongkai.Schema.SchemaIds;

namespace Gongkai.Rules.Tests;

/// <summary>
/// The catalogue on real published reports against the defects recorded in their truth files: each recorded
/// defect is found, and the rules whose statements agree stay quiet. Skipped where ../shared is absent.
/// </summary>
public sealed class RealReportTests
{
    private static RuleResult Run(string name, string rule, RuleContext? context = null) =>
        RuleCatalog.Find(rule)!.Check(RealCorpus.Load(name), context ?? RuleContext.Default);

    private static void Passes(string name, params string[] rules)
    {
        foreach (var rule in rules)
        {
            var r = Run(name, rule);
            Assert.True(r.Status == RuleStatus.Pass, name + " " + RuleAssert.Describe(r));
        }
    }

    [RealFact]
    public void Pingtan2023_InForceStatementContradictsTable1()
    {
        var r = Run("pingtan-2023", N7NormativeDocumentsRule.Id);
        Assert.Equal(RuleStatus.Fail, r.Status);
        var f = Assert.Single(r.Findings);
        Assert.Equal(N7NormativeDocumentsRule.InForce, f.MessageKey);
        Assert.Equal("393", f.Arg("stated"));
        Assert.Equal("470", f.Arg("table"));
        Assert.Equal(2, r.Checked);
        Passes("pingtan-2023", "A1", "A2", "A3", "A4", "N1", "N2", "N3", "N6", "N9", "F1", "F2", "P1", "P5");
    }

    [RealFact]
    public void Shanghai2019_AllUpheldContradictsPendingCases()
    {
        var r = Run("shanghai-office-2019", N6AppealsRule.Id);
        Assert.Equal(RuleStatus.Fail, r.Status);
        var failures = r.Findings.Where(f => f.MessageKey == N6AppealsRule.NotUpheld).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Cells.Contains(SchemaIds.T3.Cell(SchemaIds.T3.Review, SchemaIds.T3.Pending)) && f.Arg("pending") == "2");
        Assert.Contains(failures, f => f.Cells.Contains(SchemaIds.T3.Cell(SchemaIds.T3.SuitDirect, SchemaIds.T3.Pending)) && f.Arg("pending") == "1");
        Assert.Equal(2, r.Findings.Length);
        Passes("shanghai-office-2019", "N1", "N3", "N7", "A3", "A4", "F1", "P1");
    }

    [RealFact]
    public void Shanghai2019_BlankTotalColumn_A1AndA5()
    {
        var a1 = Run("shanghai-office-2019", A1RowSumRule.Id);
        Assert.Equal(RuleStatus.Fail, a1.Status);
        Assert.All(a1.Findings, f => Assert.NotEqual(string.Empty, f.Arg("blankNote")));
        var a5 = Run("shanghai-office-2019", A5ValueRule.Id);
        Assert.Equal(RuleStatus.Fail, a5.Status);
        Assert.All(a5.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(2, a5.Findings.Length);
    }

    [RealFact]
    public void Hongze2023_Table3TotalsPrintedZero_CollapsedOtherGroup()
    {
        var a4 = Run("hongze-2023", A4AppealsSumRule.Id);
        Assert.Equal(RuleStatus.Fail, a4.Status);
        Assert.Equal(2, a4.Findings.Length);
        var a2 = Run("hongze-2023", A2ColumnSumRule.Id);
        Assert.Equal(RuleStatus.Pass, a2.Status);
        Assert.Single(a2.Findings, f => f.MessageKey == A2ColumnSumRule.CollapsedUsed);
        var f3 = Run("hongze-2023", F3CanonicalLabelsRule.Id);
        Assert.Equal("3", Assert.Single(f3.Findings).Arg("count"));
        Assert.NotEqual(string.Empty, f3.Findings[0].Arg("collapsed"));
        Assert.Equal(RuleStatus.Fail, Run("hongze-2023", "P4").Status);
        Passes("hongze-2023", "A1", "A3", "P1", "P5");
    }

    [RealFact]
    public void Hongze2024_AgainstHongze2023_RollsForward()
    {
        var context = new RuleContext { Prior = RealCorpus.Load("hongze-2023") };
        foreach (var rule in new[] { "Y1", "Y2" })
        {
            var r = Run("hongze-2024", rule, context);
            Assert.True(r.Status == RuleStatus.Pass, RuleAssert.Describe(r));
        }

        Passes("hongze-2024", "A1", "A2", "A3", "A4", "P1", "P3", "P5", "Y4");
        Assert.Equal(RuleStatus.Fail, Run("hongze-2024", "F3").Status);
    }
}

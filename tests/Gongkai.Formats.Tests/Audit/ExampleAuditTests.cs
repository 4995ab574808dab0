using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Rules;

namespace Gongkai.Tests;

/// <summary>
/// The five examples read by the text reader and audited by the catalogue give exactly the results the issue asks
/// for (spec §4.6): the reader and the rules together, as `gongkai check` runs them.
/// </summary>
public sealed class ExampleAuditTests
{
    [SkippableTheory]
    [InlineData("000_ba9ec7d82c59e2fc")]
    [InlineData("001_7e39dacb3fc4a107")]
    [InlineData("002_c4cb64a14b625d7c")]
    public void CleanExamples_HaveNoErrors(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var audit = Audit(name);
        Assert.Empty(audit.Findings.Where(f => f.Severity == Severity.Error));
        foreach (var id in new[] { "A1", "A2", "A3", "A4" })
        {
            Assert.Equal(RuleStatus.Pass, audit.Result(id)!.Status);
        }
    }

    [SkippableFact]
    public void Example000_CarryOverWarningAndUnexplainedAppeals()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var audit = Audit("000_ba9ec7d82c59e2fc");
        Assert.Single(audit.Findings, f => f.Id == "P2" && f.Severity == Severity.Warning);
        Assert.Single(audit.Findings, f => f.Id == "P3" && f.Severity == Severity.Info);
        Assert.Equal(RuleStatus.Pass, audit.Result("N1")!.Status);
        Assert.Equal(RuleStatus.Pass, audit.Result("N3")!.Status);
        Assert.Equal(RuleStatus.Pass, audit.Result("N7")!.Status);
    }

    [SkippableFact]
    public void Example003_NoApplicationsClaimIsAnError_AndOverviewLacksInformationManagement()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var audit = Audit("003_b91855295a9e5c8e");
        var n4 = Assert.Single(audit.Findings, f => f.Id == "N4");
        Assert.Equal(Severity.Error, n4.Severity);
        Assert.Contains("t2.new.total", n4.Cells);
        Assert.Equal(19, n4.Primary.Line);
        var f2 = Assert.Single(audit.Findings, f => f.Id == "F2");
        Assert.Equal(Severity.Warning, f2.Severity);
        Assert.Contains(f2.Args, a => a.Zh.Contains("政府信息管理", StringComparison.Ordinal));
        Assert.Single(audit.Findings, f => f.Severity == Severity.Error);
    }

    [SkippableFact]
    public void Example004_MissingSectionAndRows_AreErrors_AndArithmeticIsNotAssessable()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var audit = Audit("004_8bbd43dac0593569");

        var f1 = Assert.Single(audit.Findings, f => f.Id == "F1");
        Assert.Equal(Severity.Error, f1.Severity);
        Assert.Contains(f1.Args, a => a.Zh.Contains("四、", StringComparison.Ordinal));

        var rows = Assert.Single(audit.Findings, f => f.Id == "F3" && f.Cells.Length > 0);
        Assert.Equal(Severity.Error, rows.Severity);
        Assert.Equal(15 * 7, rows.Cells.Length);
        Assert.Contains(rows.Args, a => a.Zh == "15");

        var a1 = audit.Result("A1")!;
        Assert.Equal(RuleStatus.Pass, a1.Status);
        Assert.Equal(15, a1.Unassessed);
        foreach (var id in new[] { "A2", "A3", "A4" })
        {
            Assert.Equal(RuleStatus.NotAssessable, audit.Result(id)!.Status);
            Assert.Empty(audit.Result(id)!.Findings);
        }

        var misspelt = audit.Findings.Where(f => f.Id == "F4").ToList();
        Assert.All(misspelt, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(misspelt, f => f.Arg("printed") == "本年度止件数" && f.Arg("official") == "本年废止件数");
        Assert.Contains(misspelt, f => f.Arg("official") == "三、本年度办理结果");
    }

    internal static AuditReport Audit(string name)
    {
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(Corpus.ExamplePath(name)));
        return Auditor.Default.Audit(r.Value!, r.Diagnostics);
    }
}

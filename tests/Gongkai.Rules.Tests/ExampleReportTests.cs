using Gongkai.Diagnostics;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Rules.Tests;

/// <summary>
/// The catalogue on the five example reports, against the results computed by hand in the spec (§4.6). Skipped
/// with a message where ../shared is absent.
/// </summary>
public sealed class ExampleReportTests
{
    private static readonly string[] All = ["000", "001", "002", "003", "004"];

    private static readonly Lazy<Dictionary<string, AuditReport>> Audits = new(() =>
        All.ToDictionary(p => p, p => Auditor.Default.Audit(ExampleCorpus.Load(p))));

    private static RuleResult Result(string example, string rule) => Audits.Value[example].Result(rule)!;

    private static RuleStatus Status(string example, string rule) => Result(example, rule).Status;

    [ExampleFact]
    public void Loader_ReadsTheTablesAndSections()
    {
        var m = ExampleCorpus.Load("000");
        Assert.Equal(8, m.Cell(SchemaIds.T2.Cell(SchemaIds.T2.New, SchemaIds.T2.Total)).Value.Number);
        Assert.Equal(6, m.Sections.Select(s => s.Id).Distinct().Count());
        Assert.True(m.Tables.IsFound(TableId.Appeals));
        Assert.False(ExampleCorpus.Load("004").Tables.IsFound(TableId.Appeals));
    }

    [ExampleFact]
    public void N4_FiresOn003Only()
    {
        var r = Result("003", "N4");
        Assert.Equal(RuleStatus.Fail, r.Status);
        var f = Assert.Single(r.Findings);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("20", f.Arg("new"));
        Assert.False(f.Primary.IsNone);
        foreach (var e in new[] { "001", "002", "004" })
        {
            Assert.True(Status(e, "N4") == RuleStatus.Pass, RuleAssert.Describe(Result(e, "N4")));
        }

        Assert.Equal(RuleStatus.NotAssessable, Status("000", "N4"));
    }

    [ExampleFact]
    public void NarrativeRules_NoFalseWarnings()
    {
        foreach (var e in All)
        {
            foreach (var rule in new[] { "N1", "N2", "N3", "N6", "N7", "N9" })
            {
                Assert.True(Status(e, rule) != RuleStatus.Fail, e + " " + RuleAssert.Describe(Result(e, rule)));
            }
        }
    }

    [ExampleFact]
    public void NarrativeRules_FindTheStatementsOf000And004()
    {
        foreach (var rule in new[] { "N1", "N2", "N3", "N7", "N9" })
        {
            Assert.True(Status("000", rule) == RuleStatus.Pass, RuleAssert.Describe(Result("000", rule)));
        }

        Assert.Equal(RuleStatus.Pass, Status("004", "N9"));
    }

    [ExampleFact]
    public void Arithmetic_AsComputedByHand()
    {
        foreach (var e in new[] { "000", "001", "002", "003" })
        {
            foreach (var rule in new[] { "A1", "A2", "A3", "A4", "A5" })
            {
                Assert.True(Status(e, rule) == RuleStatus.Pass, e + " " + RuleAssert.Describe(Result(e, rule)));
            }
        }

        var a1 = Result("004", "A1");
        Assert.Equal(RuleStatus.Pass, a1.Status);
        Assert.True(a1.Unassessed > 0);
        Assert.Equal(RuleStatus.NotAssessable, Status("004", "A2"));
        Assert.Equal(RuleStatus.NotAssessable, Status("004", "A3"));
        Assert.Equal(RuleStatus.NotAssessable, Status("004", "A4"));
    }

    [ExampleFact]
    public void Fidelity_AsComputedByHand()
    {
        var f1 = Result("004", "F1");
        Assert.Equal(RuleStatus.Fail, f1.Status);
        Assert.StartsWith("四", Assert.Single(f1.Findings).Arg("section"), StringComparison.Ordinal);
        var f2 = Result("003", "F2");
        Assert.Equal(RuleStatus.Fail, f2.Status);
        Assert.Contains("政府信息管理", Assert.Single(f2.Findings).Arg("topic"), StringComparison.Ordinal);
        var f3 = Result("004", "F3");
        Assert.Equal(RuleStatus.Fail, f3.Status);
        Assert.Equal("15", f3.Findings.Single(f => f.MessageKey == Fidelity.F3CanonicalLabelsRule.RowsMissing).Arg("count"));
        Assert.Single(f3.Findings, f => f.MessageKey == Fidelity.F3CanonicalLabelsRule.TableMissing);
        foreach (var e in new[] { "000", "001", "002", "003" })
        {
            Assert.True(Status(e, "F1") == RuleStatus.Pass, e + " " + RuleAssert.Describe(Result(e, "F1")));
            Assert.True(Status(e, "F3") == RuleStatus.Pass, e + " " + RuleAssert.Describe(Result(e, "F3")));
        }

        foreach (var e in new[] { "000", "001", "002", "004" })
        {
            Assert.True(Status(e, "F2") == RuleStatus.Pass, e + " " + RuleAssert.Describe(Result(e, "F2")));
        }

        foreach (var e in All)
        {
            Assert.True(Status(e, "F6") != RuleStatus.Fail, e + " " + RuleAssert.Describe(Result(e, "F6")));
        }
    }

    [ExampleFact]
    public void Plausibility_AsComputedByHand()
    {
        Assert.Equal(RuleStatus.Fail, Status("000", "P2"));
        Assert.Equal(RuleStatus.Fail, Status("000", "P3"));
        Assert.Equal(RuleStatus.Fail, Status("003", "P3"));
        Assert.Equal(RuleStatus.Fail, Status("003", "P4"));
        foreach (var e in new[] { "001", "002", "003", "004" })
        {
            Assert.True(Status(e, "P2") != RuleStatus.Fail, e + " " + RuleAssert.Describe(Result(e, "P2")));
        }

        foreach (var e in new[] { "001", "002", "004" })
        {
            Assert.True(Status(e, "P3") != RuleStatus.Fail, e + " " + RuleAssert.Describe(Result(e, "P3")));
        }

        foreach (var e in All)
        {
            foreach (var rule in new[] { "P1", "P5", "P6" })
            {
                Assert.True(Status(e, rule) != RuleStatus.Fail, e + " " + RuleAssert.Describe(Result(e, rule)));
            }
        }
    }
}

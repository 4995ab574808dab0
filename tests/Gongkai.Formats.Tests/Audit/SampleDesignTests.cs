using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Rules;

namespace Gongkai.Tests;

/// <summary>Each sample produces the findings samples/README.md says it is designed to produce, and no others of its severity.</summary>
public sealed class SampleDesignTests
{
    [Theory]
    [InlineData("clean-2024-qinghe-eco.txt")]
    [InlineData("clean-2023-linchuan-civil.txt")]
    [InlineData("clean-2020-songling-office.txt")]
    [InlineData("clean-2024-bailu-fullwidth.txt")]
    [InlineData("pair-2023-heyang-stats.txt")]
    [InlineData("pair-2024-heyang-stats.txt")]
    public void CleanSamples_HaveNeitherErrorsNorWarnings(string file)
    {
        var audit = Audit(file);
        Assert.Empty(audit.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.Id + " " + f.MessageKey));
    }

    [Theory]
    [InlineData("defect-arithmetic.txt", "A1:E A2:E A3:E A4:E N6:W")]
    [InlineData("defect-prose-contradiction.txt", "N3:W N4:E N7:W")]
    [InlineData("defect-missing-parts.txt", "F1:E F2:W F2:W F3:E F3:E")]
    [InlineData("defect-labels.txt", "F4:W F4:W F4:W F4:W F4:W")]
    [InlineData("defect-plausibility.txt", "P1:W P2:W P5:W")]
    [InlineData("defect-wrong-edition.txt", "Y4:W")]
    [InlineData("defect-blanks-placeholders.txt", "A1:E A1:E A1:E A1:E A1:E A1:E A1:E A1:E A1:E A2:E A5:W A5:W")]
    public void DefectSamples_GiveTheirDesignedFindings(string file, string expected)
    {
        var audit = Audit(file);
        var actual = string.Join(' ', audit.Findings
            .Where(f => f.Severity >= Severity.Warning)
            .Select(f => f.Id + ":" + (f.Severity == Severity.Error ? "E" : "W"))
            .Order(StringComparer.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Plausibility_InfoNotes()
    {
        var ids = Audit("defect-plausibility.txt").Findings.Where(f => f.Severity == Severity.Info).Select(f => f.Id).ToHashSet();
        Assert.Contains("P4", ids);
        Assert.Contains("P6", ids);
    }

    [Fact]
    public void Pair_CrossYearRulesFire()
    {
        var prior = Read("pair-2023-heyang-stats.txt");
        var audit = Auditor.Default.Audit(Read("pair-2024-heyang-stats.txt"), default, new RuleContext { Prior = prior });
        var y1 = audit.Findings.Where(f => f.Id == "Y1").ToList();
        Assert.NotEmpty(y1);
        Assert.All(y1, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(y1, f => f.Cells.Contains("t2.carried_over.natural_person"));
        var y2 = Assert.Single(audit.Findings, f => f.Id == "Y2");
        Assert.Equal(Severity.Info, y2.Severity);
        Assert.Contains("t1.normative_docs.in_force", y2.Cells);
    }

    private static Reports.ReportModel Read(string file) =>
        FormatRegistry.Default.Read(ReportSource.FromFile(TestPaths.Repo("samples", file))).Value!;

    private static AuditReport Audit(string file)
    {
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(TestPaths.Repo("samples", file)));
        return Auditor.Default.Audit(r.Value!, r.Diagnostics);
    }
}

using System.Text.Json;
using Gongkai.Schema;

namespace Gongkai.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Edition2021_Table2_Has25RowsOf7Cells()
    {
        var t2 = ReportSchema.Edition2021.Applications;
        Assert.Equal(25, t2.Rows.Length);
        Assert.Equal(7, t2.Columns.Length);
        Assert.Equal(175, t2.Fields.Length);
        Assert.Equal(22, t2.Rows.Count(r => r.GroupKey is not null));
        Assert.Equal(["other.1", "other.2", "other.3"], t2.RowsOf(SchemaIds.T2.Other).Select(r => r.Key));
    }

    [Fact]
    public void Edition2019_Table2_HasOneOtherRow()
    {
        var t2 = ReportSchema.Edition2019.Applications;
        Assert.Equal(23, t2.Rows.Length);
        Assert.Equal(20, t2.Rows.Count(r => r.GroupKey is not null));
        Assert.True(t2.TryGetRow("other", out var other));
        Assert.Equal("（六）其他处理", other.Label);
        Assert.False(t2.TryGetRow("other.1", out _));
    }

    [Fact]
    public void Table1_DiffersBetweenEditions()
    {
        var t1a = ReportSchema.Edition2021.Proactive;
        var t1b = ReportSchema.Edition2019.Proactive;
        Assert.Equal(
            ["t1.regulations.issued", "t1.regulations.repealed", "t1.regulations.in_force", "t1.normative_docs.issued", "t1.normative_docs.repealed", "t1.normative_docs.in_force", "t1.licensing", "t1.penalty", "t1.coercion", "t1.fees_10k_yuan"],
            t1a.Fields.Select(f => f.Id));
        Assert.Equal(22, t1b.Fields.Length);
        Assert.Equal(ValueKind.Amount10kYuan, t1a.Fields.Single(f => f.Id == "t1.fees_10k_yuan").Kind);
        Assert.Equal(ValueKind.SignedCount, t1b.Fields.Single(f => f.Id == "t1.licensing.change").Kind);
        Assert.Equal("规范性文件", t1b.Row("normative_docs").Label);
        Assert.Equal("行政规范性文件", t1a.Row("normative_docs").Label);
    }

    [Fact]
    public void Table3_IsTheSameInBothEditions()
    {
        Assert.Equal(
            ReportSchema.Edition2019.Appeals.Fields.Select(f => f.Id),
            ReportSchema.Edition2021.Appeals.Fields.Select(f => f.Id));
        Assert.Equal(15, ReportSchema.Edition2021.Appeals.Fields.Length);
    }

    [Theory]
    [InlineData(ReportEdition.National2021)]
    [InlineData(ReportEdition.Trial2019)]
    public void Fields_HaveUniqueIdsAndDenseIndices(ReportEdition edition)
    {
        var schema = ReportSchema.For(edition);
        Assert.Equal(schema.Fields.Length, schema.Fields.Select(f => f.Id).Distinct().Count());
        for (var i = 0; i < schema.Fields.Length; i++)
        {
            Assert.Equal(i, schema.Fields[i].Index);
            Assert.Same(schema.Fields[i], schema.Field(schema.Fields[i].Id));
        }
    }

    [Fact]
    public void Sections_AreSixInOrder()
    {
        var s = ReportSchema.Edition2021.Sections;
        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"], s.Select(x => x.FullHeading));
    }

    [Theory]
    [InlineData(2019, ReportEdition.Trial2019)]
    [InlineData(2020, ReportEdition.Trial2019)]
    [InlineData(2021, ReportEdition.National2021)]
    [InlineData(2025, ReportEdition.National2021)]
    public void ExpectedEdition_FollowsTheYear(int year, ReportEdition expected) =>
        Assert.Equal(expected, ReportSchema.ExpectedEditionFor(year));

    /// <summary>The keys of the real corpus's truth files are the schema's field IDs.</summary>
    [SkippableFact]
    public void TruthFiles_UseTheSchemaKeys()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Shared!, "corpus", "real"), "*.truth.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var edition = doc.RootElement.GetProperty("edition").GetString() == "2019" ? ReportEdition.Trial2019 : ReportEdition.National2021;
            var schema = ReportSchema.For(edition);
            var keys = doc.RootElement.GetProperty("tables").EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.Equal(schema.Fields.Select(f => f.Id).Order(), keys.Order());
        }
    }
}

using Gongkai.Formats;
using Gongkai.Formats.Dump;
using Gongkai.Reports;

namespace Gongkai.Tests;

/// <summary>
/// Every cell of the five examples, read exactly: the golden dumps list each cell's state, value and span and were
/// checked cell by cell against the documents.
/// </summary>
public sealed class ExampleGoldenTests
{
    public static TheoryData<string> Examples => [.. Corpus.Examples];

    [SkippableTheory]
    [MemberData(nameof(Examples))]
    public void Example_ModelMatchesGolden(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var model = Read(name);
        Golden.Verify(Corpus.GoldenPath(name, "model"), ModelDump.Write(model));
    }

    [SkippableTheory]
    [MemberData(nameof(Examples))]
    public void Example_EverySpanIsInBoundsAndHoldsTheCell(string name)
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var text = Gongkai.Labels.LabelNormalizer.NormalizeText(File.ReadAllText(Corpus.ExamplePath(name)));
        var model = Read(name);
        foreach (var f in model.Schema.Fields)
        {
            var c = model.Tables[f];
            if (c.Where.IsNone)
            {
                Assert.True(c.Value.IsAbsent, f.Id);
                continue;
            }

            Assert.InRange(c.Where.Span.End, 0, model.SourceLength);
            if (c.Value.State is CellState.Number or CellState.Placeholder or CellState.Unreadable)
            {
                Assert.Equal(c.Value.Raw, text.Substring(c.Where.Span.Start, c.Where.Span.Length));
            }
        }

        foreach (var s in model.Sections)
        {
            Assert.True(s.Span.Contains(s.Heading.Where.Span), $"section {s.Id} heading outside its span");
            foreach (var p in s.Paragraphs)
            {
                Assert.True(s.Span.Contains(p.Where.Span), $"paragraph outside section {s.Id}");
                Assert.Equal(p.Value, text.Substring(p.Where.Span.Start, p.Where.Span.Length));
            }
        }
    }

    [SkippableFact]
    public void Example004_MissingRowsAreAbsentAndPresentValuesRead()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var m = Read("004_8bbd43dac0593569");
        var t2 = m.Schema.Applications;
        var absentRows = t2.Rows.Where(r => t2.FieldsOf(r).All(f => m.Tables[f].Value.IsAbsent)).Select(r => r.Key).ToArray();
        Assert.Equal(
            ["denied.7", "denied.8", "unable.1", "unable.2", "unable.3", "not_processed.1", "not_processed.2", "not_processed.3", "not_processed.4", "not_processed.5", "other.1", "other.2", "other.3", "total", "carried_forward"],
            absentRows);
        Assert.False(m.Tables.IsFound(Schema.TableId.Appeals));
        Assert.Null(m.Section(Schema.SectionId.Appeals));
        foreach (var r in t2.Rows.Take(10))
        {
            Assert.All(t2.FieldsOf(r), f => Assert.Equal(CellValue.Of(0), m.Tables[f].Value));
        }

        Assert.Contains(m.Labels, l => l.Kind == Labels.LabelMatchKind.Misspelling && l.Target!.Label == "本年废止件数");
        Assert.Contains(m.Labels, l => l.Kind == Labels.LabelMatchKind.Misspelling && l.Target!.Label == "三、本年度办理结果");
    }

    [SkippableFact]
    public void Example000_ShiftedRowsAreReadByLabel()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var m = Read("000_ba9ec7d82c59e2fc");
        Assert.Equal(8m, m.Cell("t2.new.total").Value.Number);
        Assert.Equal(4m, m.Cell("t2.total.total").Value.Number);
        Assert.Equal(4m, m.Cell("t2.carried_forward.natural_person").Value.Number);
        Assert.Equal(0m, m.Cell("t2.not_processed.5.total").Value.Number);
        Assert.Equal(1m, m.Cell("t3.suit_direct.corrected").Value.Number);
        Assert.Equal(47m, m.Cell("t1.penalty").Value.Number);
        Assert.Equal("郑州市工业和信息化局", m.Metadata.Body!.Value.Value);
        Assert.Equal(2023, m.Metadata.Year!.Value.Value);
        Assert.Equal(new DateRange(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), m.Metadata.StatisticalPeriod!.Value.Value);
    }

    [SkippableFact]
    public void Example003_FourDecimalFeeAndSecondNumberOneHeadingStayProse()
    {
        Skip.If(TestPaths.Shared is null, TestPaths.SharedMissing);
        var m = Read("003_b91855295a9e5c8e");
        Assert.Equal(2766.7879m, m.Cell("t1.fees_10k_yuan").Value.Number);
        Assert.Equal(6, m.Sections.Length);
        Assert.Contains(m.Section(Schema.SectionId.Overview)!.Paragraphs, p => p.Value.StartsWith("一、政府信息公开工作的基本情况", StringComparison.Ordinal));
    }

    internal static ReportModel Read(string name)
    {
        var result = FormatRegistry.Default.Read(ReportSource.FromFile(Corpus.ExamplePath(name)));
        Assert.NotNull(result.Value);
        return result.Value!;
    }
}

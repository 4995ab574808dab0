using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Authoring;
using Gongkai.Formats.Writing;
using Gongkai.Localization;
using Gongkai.Reports;
using Gongkai.Schema;

namespace Gongkai.Tests.Writers;

/// <summary>The authoring file: the blank file, derived totals, and a clear message with line and column for each mistake.</summary>
public sealed class AuthoringFileTests
{
    private static readonly IMessageCatalog Messages = MessageCatalog.Combine(ReaderMessages.Catalog, AuthoringMessages.Catalog);

    [Theory]
    [InlineData(2025, ReportEdition.National2021)]
    [InlineData(2020, ReportEdition.Trial2019)]
    public void New_ReadsBack_WithEveryCellAndOnlyThePromptWarnings(int year, ReportEdition edition)
    {
        var read = AuthoringFile.Read(AuthoringFile.New(year, "青禾市交通运输局"));
        Assert.NotNull(read.Value);
        Assert.All(read.Diagnostics, d => Assert.Equal(AuthoringMessages.Prompt, d.Id));
        Assert.Equal(3, read.Diagnostics.Length);
        var m = read.Value!;
        Assert.Equal(edition, m.Edition);
        Assert.Equal(EditionSource.Declared, m.EditionSource);
        Assert.All(m.Tables.Cells, c => Assert.True(c.Value.IsNumber && c.Value.Number == 0));
        Assert.Equal(6, m.Sections.Length);
        Assert.Equal("青禾市交通运输局", m.Metadata.Body?.Value);
        Assert.Equal($"青禾市交通运输局{year}年政府信息公开工作年度报告", m.Metadata.Title?.Value);
        Assert.Equal(new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), m.Metadata.StatisticalPeriod?.Value);
        Assert.True(schemaHasComments(AuthoringFile.New(year, "青禾市交通运输局"), m.Schema));

        static bool schemaHasComments(string yaml, ReportSchema schema) =>
            schema.Applications.Rows.Where(r => r.Key != "total").All(r => yaml.Contains("# " + r.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void Totals_AreDerived_FromTheirParts()
    {
        var yaml = AuthoringFile.New(2025, "某局")
            .Replace("  new: [0, 0, 0, 0, 0, 0]", "  new: [3, 1, 0, 0, 2, 0]", StringComparison.Ordinal)
            .Replace("  granted: [0, 0, 0, 0, 0, 0]", "  granted: [2, 1, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  unable.1: [0, 0, 0, 0, 0, 0]", "  unable.1: [1, 0, 0, 0, 2, 0]", StringComparison.Ordinal)
            .Replace("  suit_direct: [0, 0, 0, 0]", "  suit_direct: [1, 2, 0, 1]", StringComparison.Ordinal);
        var m = AuthoringFile.Read(yaml).Value!;
        Assert.Equal(6, m.Cell("t2.new.total").Value.Number);
        Assert.Equal(3, m.Cell("t2.unable.1.total").Value.Number);
        Assert.Equal(3, m.Cell("t2.total.natural_person").Value.Number);
        Assert.Equal(2, m.Cell("t2.total.legal_service").Value.Number);
        Assert.Equal(6, m.Cell("t2.total.total").Value.Number);
        Assert.Equal(4, m.Cell("t3.suit_direct.total").Value.Number);
        Assert.Equal(0, m.Cell("t3.review.total").Value.Number);
    }

    [Fact]
    public void TypedTotal_ThatDisagrees_IsAnErrorNamingTheCellAndBothValues()
    {
        var yaml = AuthoringFile.New(2025, "某局").Replace("  new: [0, 0, 0, 0, 0, 0]", "  new: [3, 1, 0, 0, 0, 0, 5]", StringComparison.Ordinal);
        var read = AuthoringFile.Read(yaml);
        var d = Assert.Single(read.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(AuthoringMessages.TotalMismatch, d.Id);
        Assert.Equal("t2.new.total", Assert.Single(d.Cells));
        var line = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("  new:", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, d.Primary.Line);
        Assert.Equal(yaml.Split('\n')[line - 1].IndexOf('5', StringComparison.Ordinal) + 1, d.Primary.Column);
        var zh = MessageFormatter.Format(d, Messages, Language.Zh);
        Assert.Contains("一、本年新收政府信息公开申请数量 / 总计", zh);
        Assert.Contains("填写为 5", zh);
        Assert.Contains("应为 4", zh);
        Assert.Contains("typed as 5", MessageFormatter.Format(d, Messages, Language.En));
        Assert.Equal(4, read.Value!.Cell("t2.new.total").Value.Number);
    }

    [Fact]
    public void TypedTotal_ThatAgrees_IsAccepted()
    {
        var yaml = AuthoringFile.New(2025, "某局")
            .Replace("  new: [0, 0, 0, 0, 0, 0]", "  new: [3, 1, 0, 0, 0, 0, 4]", StringComparison.Ordinal)
            .Replace("  review: [0, 0, 0, 0]", "  review: [1, 1, 0, 0, 2]", StringComparison.Ordinal);
        Assert.DoesNotContain(AuthoringFile.Read(yaml).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void TypedTotalRow_ThatDisagrees_IsAnError()
    {
        var yaml = AuthoringFile.New(2025, "某局").Replace("  carried_forward:", "  total: [1, 0, 0, 0, 0, 0]\n  carried_forward:", StringComparison.Ordinal);
        var d = Assert.Single(AuthoringFile.Read(yaml).Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal("t2.total.natural_person", Assert.Single(d.Cells));
    }

    [Theory]
    [InlineData("year: 2025", "year: [2025", AuthoringMessages.Syntax)]
    [InlineData("year: 2025", "year: 二〇二五", AuthoringMessages.BadValue)]
    [InlineData("edition: 2021", "edition: 2022", AuthoringMessages.BadValue)]
    [InlineData("  penalty: 0", "  penalti: 0", AuthoringMessages.UnknownKey)]
    [InlineData("  regulations: [0, 0, 0]", "  regulations: [0, 0]", AuthoringMessages.WrongCount)]
    [InlineData("  regulations: [0, 0, 0]", "  regulations: [0, 三, 0]", AuthoringMessages.NotANumber)]
    [InlineData("gongkai: 1", "gongkai: 2", AuthoringMessages.Version)]
    [InlineData("totals: derived", "totals: maybe", AuthoringMessages.BadValue)]
    [InlineData("period: \"\"", "period: \"2024-01-01 至 2024-12-31\"", AuthoringMessages.PeriodMismatch)]
    [InlineData("period: \"\"", "period: \"去年\"", AuthoringMessages.BadValue)]
    public void Mistake_IsAnErrorAtItsLine(string line, string replacement, string id)
    {
        var yaml = AuthoringFile.New(2025, "某局");
        var at = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith(line, StringComparison.Ordinal)) + 1;
        Assert.True(at > 0, line);
        var broken = yaml.Replace(line, replacement, StringComparison.Ordinal);
        var d = AuthoringFile.Read(broken).Diagnostics.First(x => x.Severity == Severity.Error);
        Assert.Equal(id, d.Id);
        if (id != AuthoringMessages.PeriodMismatch)
        {
            Assert.InRange(d.Primary.Line, at, at + 1);
        }

        Assert.True(d.Primary.Column > 0);
        Assert.DoesNotContain("{", MessageFormatter.Format(d, Messages, Language.Zh), StringComparison.Ordinal);
        Assert.DoesNotContain("{", MessageFormatter.Format(d, Messages, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRow_IsAnError()
    {
        var yaml = AuthoringFile.New(2025, "某局").Replace("  denied.3: [0, 0, 0, 0, 0, 0]", string.Empty, StringComparison.Ordinal);
        var d = Assert.Single(AuthoringFile.Read(yaml).Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(AuthoringMessages.MissingRow, d.Id);
        Assert.Contains("3.危及“三安全一稳定”", MessageFormatter.Format(d, Messages, Language.Zh));
    }

    [Fact]
    public void MissingYear_IsAnError_AndNoModel()
    {
        var read = AuthoringFile.Read("gongkai: 1\nbody: 某局\n");
        Assert.Null(read.Value);
        Assert.Contains(read.Diagnostics, d => d.Id == AuthoringMessages.MissingKey);
    }

    [Fact]
    public void NoPeriodInTheProse_AddsTheSentence_ForTheWholeYear()
    {
        var yaml = "gongkai: 1\nyear: 2024\nbody: 某局\n";
        var m = AuthoringFile.Read(yaml).Value!;
        Assert.Equal("本报告中所列数据的统计期限为2024年1月1日至2024年12月31日。", Assert.Single(m.Preamble).Value);
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), m.Metadata.StatisticalPeriod?.Value);
    }

    [Fact]
    public void HandWritten_AsAPersonWouldWriteIt_IsRead()
    {
        const string yaml = """
            gongkai: 1
            year: 2024
            body: 某县某局
            sections:
              overview: |
                主动公开方面。全年主动公开信息 30 条。

                依申请公开方面。全年未收到申请。
              other:
                - 本年度未收取信息处理费。
            """;
        var read = AuthoringFile.Read(yaml);
        var m = read.Value!;
        Assert.Equal(["主动公开方面。全年主动公开信息 30 条。", "依申请公开方面。全年未收到申请。"], m.Section(SectionId.Overview)!.Paragraphs.Select(p => p.Value));
        Assert.Equal(6, m.Section(SectionId.Overview)!.Paragraphs[0].Where.Line);
        Assert.Equal(3, read.Diagnostics.Count(d => d.Id == AuthoringMessages.MissingKey));
    }

    [Fact]
    public void Detector_TellsAnAuthoringFile_FromAReport()
    {
        Assert.Equal("yaml", FormatRegistry.Default.Detect(System.Text.Encoding.UTF8.GetBytes(AuthoringFile.New(2025, "某局")))?.Name);
        foreach (var sample in Corpus.Samples)
        {
            Assert.Equal("text", FormatRegistry.Default.Detect(File.ReadAllBytes(sample))?.Name);
        }
    }

    [Fact]
    public void EveryMessage_HasChineseAndEnglish_WithTheSamePlaceholders()
    {
        foreach (var t in AuthoringMessages.All.Concat(WriterMessages.All))
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Zh), t.Key);
            Assert.False(string.IsNullOrWhiteSpace(t.En), t.Key);
            Assert.Equal(Placeholders(t.Zh), Placeholders(t.En));
        }

        static string Placeholders(string s) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(s, @"\{\w+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_SavedAsAnAuthoringFile_ReadsBackTheSame(string sample)
    {
        var model = SampleRoundTripTests.Read(TestPaths.Repo("samples", sample));
        var yaml = AuthoringFile.Write(model);
        var read = AuthoringFile.Read(yaml);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        ModelComparer.AssertSame(model, read.Value!, sample + " as an authoring file");
    }

    public static TheoryData<string> SampleNames() => [.. Corpus.Samples.Select(p => Path.GetFileName(p))];
}

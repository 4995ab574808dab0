using Gongkai.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Dump;
using Gongkai.Formats.LegacyWord;
using Gongkai.Formats.PlainText;
using Gongkai.Reports;

namespace Gongkai.Tests.Docx;

/// <summary>
/// The Word versions of our samples: every table cell equals the sample's, the sections and metadata are the same,
/// spans index the reader's plain text, and the golden dumps (reviewed line by line) hold.
/// </summary>
public sealed class DocxCorpusTests
{
    public static TheoryData<string> Documents => [.. DocxCorpus.Documents.Select(d => d.File)];

    public static TheoryData<string> LegacyDocuments => [.. DocxCorpus.Legacy.Select(l => l.File)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Docx_EveryCellEqualsTheSample(string file) => AssertSameAsSample(file, ReadDocx(file));

    [SkippableTheory]
    [MemberData(nameof(LegacyDocuments))]
    public void Legacy_EveryCellEqualsTheSample(string file)
    {
        Skip.IfNot(LegacyWordReader.Instance.CanConvert, DocxCorpus.NoLibreOffice);
        AssertSameAsSample(file, ReadLegacy(file));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Docx_ModelMatchesGolden(string file) =>
        Golden.Verify(DocxCorpus.Path(file + ".model.txt"), ModelDump.Write(ReadDocx(file)));

    [SkippableTheory]
    [MemberData(nameof(LegacyDocuments))]
    public void Legacy_ModelMatchesGolden(string file)
    {
        Skip.IfNot(LegacyWordReader.Instance.CanConvert, DocxCorpus.NoLibreOffice);
        Golden.Verify(DocxCorpus.Path(file + ".model.txt"), ModelDump.Write(ReadLegacy(file)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Docx_SpansIndexThePlainTextAndAnchorsNameTheirPlace(string file)
    {
        var model = ReadDocx(file);
        var (_, text, _) = MiniDocx.Layout(File.ReadAllBytes(DocxCorpus.Path(file)));
        Assert.Equal(text.Length, model.SourceLength);
        foreach (var f in model.Schema.Fields)
        {
            var c = model.Tables[f];
            if (c.Where.IsNone)
            {
                Assert.True(c.Value.IsAbsent, f.Id);
                continue;
            }

            Assert.InRange(c.Where.Span.End, 0, model.SourceLength);
            Assert.Matches(@"^table \d+, row \d+, cell \d+$", c.Where.Anchor);
            if (c.Value.State is CellState.Number or CellState.Placeholder)
            {
                Assert.Equal(c.Value.Raw, text.Substring(c.Where.Span.Start, c.Where.Span.Length));
            }
        }

        foreach (var p in model.Prose)
        {
            Assert.Equal(p.Value, text.Substring(p.Where.Span.Start, p.Where.Span.Length));
            Assert.Equal("paragraph " + p.Where.Line, p.Where.Anchor);
        }
    }

    [Fact]
    public void ArithmeticDefects_FoundInTheWordVersionAsInTheText()
    {
        var docx = Rules.Auditor.Default.Audit(ReadDocx("chenglan-2023-arithmetic.docx"));
        var text = Rules.Auditor.Default.Audit(ReadSample("defect-arithmetic.txt"));
        string[] Errors(Rules.AuditReport r) => [.. r.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Id + " " + string.Join(",", f.Cells)).Order(StringComparer.Ordinal)];
        Assert.Equal(Errors(text), Errors(docx));
        Assert.Equal(["A1", "A2", "A3", "A4"], Errors(docx).Select(e => e[..2]).Distinct());
    }

    [Fact]
    public void Hazards_NothingHiddenDeletedOrDuplicatedIsRead()
    {
        var tracked = ReadDocx("heyang-2024-tracked.docx");
        var fields = ReadDocx("heyang-2024-fields.docx");
        Assert.DoesNotContain(tracked.Prose.Concat(fields.Prose), p => p.Value.Contains("999", StringComparison.Ordinal) || p.Value.Contains("移走", StringComparison.Ordinal) || p.Value.Contains("单击或点击", StringComparison.Ordinal));
        Assert.Contains(tracked.Prose, p => p.Value.Contains("修订时补充", StringComparison.Ordinal));
        Assert.Contains(fields.Prose, p => p.Value == "本报告电子版可在本机关门户网站下载.");
        Assert.Contains(fields.Prose, p => p.Value == "联系电话:\t0000-0000000");
        Assert.Equal(6, fields.Sections.Length);
        Assert.Equal("一、总体情况", fields.Sections[0].Heading.Value);
        Assert.Equal(2024, fields.Metadata.Year!.Value.Value);
    }

    private static void AssertSameAsSample(string file, ReportModel model)
    {
        var sample = ReadSample(DocxCorpus.Sample(file));
        Assert.Equal(sample.Edition, model.Edition);
        foreach (var f in sample.Schema.Fields)
        {
            Assert.True(sample.Tables[f].Value == model.Tables[f].Value, $"{file} {f.Id}: sample {sample.Tables[f].Value}, read {model.Tables[f].Value}");
        }

        Assert.Equal(sample.Sections.Select(s => s.Id), model.Sections.Select(s => s.Id));
        Assert.Equal(sample.Metadata.Body?.Value, model.Metadata.Body?.Value);
        Assert.Equal(sample.Metadata.Year?.Value, model.Metadata.Year?.Value);
        Assert.Equal(sample.Metadata.StatisticalPeriod?.Value, model.Metadata.StatisticalPeriod?.Value);
        Assert.Equal(sample.PrintedNotes.Select(n => n.Value).Order(), model.PrintedNotes.Select(n => n.Value).Order());
    }

    internal static ReportModel ReadDocx(string file)
    {
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(DocxCorpus.Path(file)));
        Assert.NotNull(r.Value);
        Assert.Equal("docx", r.Value!.Format);
        return r.Value;
    }

    private static ReportModel ReadLegacy(string file)
    {
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(DocxCorpus.Path(file)));
        Assert.NotNull(r.Value);
        Assert.Contains(r.Diagnostics, d => d.Id == ReaderMessages.ConvertedWith);
        Assert.Equal(Path.GetExtension(file).TrimStart('.'), r.Value!.Format);
        return r.Value;
    }

    private static ReportModel ReadSample(string sample) =>
        PlainTextReader.Instance.ReadText(sample, File.ReadAllText(DocxCorpus.SamplePath(sample))).Value!;
}

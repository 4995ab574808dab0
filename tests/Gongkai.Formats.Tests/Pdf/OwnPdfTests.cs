using Gongkai.Formats;
using Gongkai.Formats.Dump;
using Gongkai.Formats.PlainText;
using Gongkai.Reports;
using Gongkai.Rules;

namespace Gongkai.Tests;

/// <summary>
/// Our own PDFs, printed by Chromium and LibreOffice from the samples' tables laid out in the national format (a
/// vertical group label, headers over three lines, wrapped labels, page footers, a table across pages): every cell
/// reads as in the sample's text, every span and anchor is sound, and the golden dump holds.
/// </summary>
public sealed class OwnPdfTests
{
    public static TheoryData<string, string> Pdfs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (pdf, sample) in Corpus.OwnPdfs)
        {
            data.Add(pdf, sample);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void EveryCell_ReadsAsTheSampleText(string pdf, string sample)
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var model = Read(pdf);
        var text = PlainTextReader.Instance.ReadText(sample, File.ReadAllText(TestPaths.Repo("samples", sample))).Value!;
        Assert.Equal(text.Edition, model.Edition);
        var wrong = new List<string>();
        foreach (var f in text.Schema.Fields)
        {
            var expected = text.Tables[f].Value;
            var actual = model.Tables[f].Value;
            if (expected.State != actual.State || expected.Number != actual.Number)
            {
                wrong.Add($"{f.Id}: text {expected}, pdf {actual}");
            }
        }

        Assert.True(wrong.Count == 0, pdf + ":\n" + string.Join("\n", wrong));
        Assert.Equal(text.Metadata.Year?.Value, model.Metadata.Year?.Value);
        Assert.Equal(text.Metadata.Body?.Value, model.Metadata.Body?.Value);
        Assert.Equal(6, model.Sections.Length);
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void Model_MatchesGolden(string pdf, string sample)
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        _ = sample;
        Golden.Verify(Corpus.Pdf(pdf + ".model.txt"), ModelDump.Write(Read(pdf)));
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void EveryCell_HasASpanInTheTextAndAPageAnchor(string pdf, string sample)
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        _ = sample;
        var model = Read(pdf);
        foreach (var f in model.Schema.Fields)
        {
            var c = model.Tables[f];
            if (c.Where.IsNone)
            {
                Assert.True(c.Value.IsAbsent, f.Id);
                continue;
            }

            Assert.InRange(c.Where.Span.Start, 0, model.SourceLength);
            Assert.InRange(c.Where.Span.End, 0, model.SourceLength);
            Assert.Matches(@"^p\d+ \(x \d+, y \d+\)$", c.Where.Anchor ?? string.Empty);
            if (c.Value.IsNumber)
            {
                Assert.Equal(c.Value.Raw!.Length, c.Where.Span.Length);
            }
        }

        foreach (var s in model.Sections)
        {
            Assert.True(s.Span.End <= model.SourceLength);
            Assert.StartsWith("p", s.Heading.Where.Anchor, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void ArithmeticSample_DefectsFoundFromThePdf()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var audit = Auditor.Default.Audit(Read("chenglan-2023-arithmetic.libreoffice"));
        var ids = audit.Findings.Select(f => f.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "A1", "A2", "A3", "A4" }, ids);
    }

    internal static ReportModel Read(string pdf)
    {
        var result = FormatRegistry.Default.Read(ReportSource.FromFile(Corpus.Pdf(pdf + ".pdf")));
        Assert.True(result.Value is not null, pdf + ": " + string.Join("; ", result.Diagnostics.Select(d => d.Id)));
        Assert.Equal("pdf", result.Value!.Format);
        return result.Value!;
    }
}

using System.Globalization;
using Gongkai.Formats;
using Gongkai.Reports;

namespace Gongkai.Tests.Writers;

/// <summary>
/// A written DOCX, converted to PDF by LibreOffice (as an agency would print or publish it) and read by Gongkai's PDF
/// reader, gives the same numbers. Needs LibreOffice and the CJK fonts (scripts/test.sh installs them) and the PDF
/// reader; skips with a message where they cannot be had.
/// </summary>
public sealed class InteropTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-interop-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Samples() => new(["clean-2024-qinghe-eco.txt", "clean-2020-songling-office.txt", "defect-blanks-placeholders.txt", "pair-2023-heyang-stats.txt"]);

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void Docx_ThroughLibreOfficePdf_ReadsTheSameNumbers(string sample)
    {
        var soffice = RequireTools();

        var model = SampleRoundTripTests.Read(TestPaths.Repo("samples", sample));
        var docx = Path.Combine(_dir, Path.GetFileNameWithoutExtension(sample) + ".docx");
        File.WriteAllBytes(docx, WriterRoundTrip.Write(model, "docx"));
        var pdf = ExternalTools.LibreOfficeToPdf(soffice, docx, _dir);
        Assert.NotNull(pdf);
        var read = FormatRegistry.Default.Read(ReportSource.FromFile(pdf!));
        Assert.NotNull(read.Value);
        var back = read.Value!;
        Assert.Equal(model.Edition, back.Edition);
        var wrong = ModelComparer.NumberDifferences(model, back);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    /// <summary>
    /// Random reports that LibreOffice printed in ways the PDF reader once misread: header rows repeated on a new page
    /// without the merged group labels (a blank or missing first row after the break, "总计" of the repeated header
    /// taken for "（七）总计"), a label's first lines above a row's centred values, "189128 元" with the unit spaced
    /// from the number, table 一's title last on a page with the first part's header repeated under it (334). Seed
    /// 218 prints a five-digit total over two lines of its cell ("1073" / "1"): that cell must read as unreadable,
    /// never as a number. All are converted in one LibreOffice run.
    /// </summary>
    [SkippableFact]
    public void RandomReports_ThroughLibreOfficePdf_ReadTheSameNumbers()
    {
        var soffice = RequireTools();

        int[] seeds = [100, 101, 105, 106, 107, 112, 117, 118, 123, 136, 218, 334];
        var models = new Dictionary<string, ReportModel>();
        foreach (var seed in seeds)
        {
            models["a" + seed.ToString(CultureInfo.InvariantCulture)] = RandomReports.Authored(seed);
            models["r" + seed.ToString(CultureInfo.InvariantCulture)] = RandomReports.AsRead(seed);
        }

        var pdfs = ExternalTools.DocxThroughLibreOffice(soffice, models, _dir, TimeSpan.FromMinutes(10));
        var wrong = new List<string>();
        foreach (var (tag, model) in models)
        {
            var pdf = pdfs[tag];
            Assert.True(File.Exists(pdf), tag + ": LibreOffice wrote no PDF");
            var back = FormatRegistry.Default.Read(ReportSource.FromFile(pdf)).Value;
            Assert.True(back is not null, tag + ": the PDF reads as no report");
            if (back!.Edition != model.Edition)
            {
                wrong.Add($"{tag} edition: {model.Edition} → {back.Edition}");
            }

            foreach (var f in model.Schema.Fields)
            {
                var (expected, read) = (model.Tables[f].Value, back.Tables[f].Value);
                var wrapped = tag == "a218" && f.Id == "t2.total.total" && read.State == CellState.Unreadable;
                if (!ModelComparer.Same(expected, read) && !wrapped)
                {
                    wrong.Add($"{tag} {f.Id}: {expected} → {read}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    /// <summary>LibreOffice with a CJK font and pdftotext, or the test is skipped with a message; the PDF reader must be registered.</summary>
    private static string RequireTools()
    {
        var soffice = ExternalTools.RequireLibreOffice();
        Assert.Contains(FormatRegistry.Default.Formats, f => f.Name == "pdf");
        Skip.If(ExternalTools.Find("pdftotext") is null, ExternalTools.Missing("pdftotext", "poppler-utils"));
        return soffice;
    }
}

using Gongkai.Formats;

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
        var soffice = ExternalTools.Find("soffice");
        Skip.If(soffice is null, ExternalTools.Missing("LibreOffice", "libreoffice-writer-nogui"));
        Skip.If(!Directory.Exists("/usr/share/fonts/opentype/noto") && ExternalTools.Run("fc-list", TimeSpan.FromSeconds(30), ":lang=zh").Out.Length == 0, ExternalTools.Missing("a CJK font", "fonts-noto-cjk"));
        Assert.Contains(FormatRegistry.Default.Formats, f => f.Name == "pdf");
        Skip.If(ExternalTools.Find("pdftotext") is null, ExternalTools.Missing("pdftotext", "poppler-utils"));

        var model = SampleRoundTripTests.Read(TestPaths.Repo("samples", sample));
        var docx = Path.Combine(_dir, Path.GetFileNameWithoutExtension(sample) + ".docx");
        File.WriteAllBytes(docx, WriterRoundTrip.Write(model, "docx"));
        var pdf = ExternalTools.LibreOfficeToPdf(soffice!, docx, _dir);
        Assert.NotNull(pdf);
        var read = FormatRegistry.Default.Read(ReportSource.FromFile(pdf!));
        Assert.NotNull(read.Value);
        var back = read.Value!;
        Assert.Equal(model.Edition, back.Edition);
        var wrong = model.Schema.Fields.Where(f => !ModelComparer.Same(model.Tables[f].Value, back.Tables[f].Value))
            .Select(f => $"{f.Id}: {model.Tables[f].Value} → {back.Tables[f].Value}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }
}

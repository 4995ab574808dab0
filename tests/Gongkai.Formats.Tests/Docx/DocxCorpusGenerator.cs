using System.Text;

namespace Gongkai.Tests.Docx;

/// <summary>
/// Regenerates tests/corpus/docx from the samples (REGENERATE_DOCX_CORPUS=1 and LibreOffice installed); otherwise
/// skipped. The files are committed, so the other tests never need to run this. Review the golden diffs afterwards.
/// </summary>
public sealed class DocxCorpusGenerator
{
    [SkippableFact]
    public void Regenerate()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("REGENERATE_DOCX_CORPUS") == "1", "set REGENERATE_DOCX_CORPUS=1 to rebuild tests/corpus/docx");
        Skip.IfNot(Soffice.Available, DocxCorpus.NoLibreOffice);
        var dir = TestPaths.Repo("tests", "corpus", "docx");
        Directory.CreateDirectory(dir);
        var work = Directory.CreateTempSubdirectory("gongkai-docx-corpus-");
        try
        {
            foreach (var c in DocxCorpus.Documents)
            {
                var plan = ReportPlan.FromSample(DocxCorpus.SamplePath(c.Sample));
                var target = Path.Combine(dir, c.File);
                if (c.ByLibreOffice)
                {
                    var html = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(c.File) + ".html");
                    File.WriteAllText(html, PlanHtml.Render(plan), Encoding.UTF8);
                    File.Copy(Soffice.Convert(html, "docx:MS Word 2007 XML", work.FullName), target, overwrite: true);
                }
                else
                {
                    File.WriteAllBytes(target, PlanDocx.Build(plan, c.Hazards));
                }
            }

            foreach (var (file, from, filter) in DocxCorpus.Legacy)
            {
                var source = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(file) + ".docx");
                File.Copy(Path.Combine(dir, from), source, overwrite: true);
                var converted = Soffice.Convert(source, filter, Path.Combine(work.FullName, "out"));
                File.Copy(converted, Path.Combine(dir, file), overwrite: true);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}

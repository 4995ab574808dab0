using System.Globalization;
using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Layout;
using Gongkai.Formats.Pdf;
using Gongkai.Reports;

namespace Gongkai.Tests.Writers;

/// <summary>
/// Diagnostic tools, skipped unless asked for. Survey: PDFPROBE=N [PDFPROBE_START=s] writes N random reports of each kind
/// as PDF and lists every one that does not read back the same (PDFPROBE_DIR/summary.txt). LibreOfficeSurvey: the same
/// through DOCX and LibreOffice (LOPROBE=N). Dump: PDFDUMP=file.pdf prints the reader's bands, chunks and layout for one
/// PDF (PDFDUMP_OUT).
/// </summary>
public sealed class PdfProbe
{
    [SkippableFact]
    public void Survey()
    {
        var n = Environment.GetEnvironmentVariable("PDFPROBE");
        Skip.If(string.IsNullOrEmpty(n), "a diagnostic survey, not a test: set PDFPROBE=N to run it");
        var count = int.Parse(n!, CultureInfo.InvariantCulture);
        var start = int.Parse(Environment.GetEnvironmentVariable("PDFPROBE_START") ?? "1", CultureInfo.InvariantCulture);
        var write = Environment.GetEnvironmentVariable("PDFPROBE_WRITE") == "1";
        var dir = Environment.GetEnvironmentVariable("PDFPROBE_DIR") ?? "/tmp/probe";
        Directory.CreateDirectory(dir);
        var sb = new StringBuilder();
        var bad = 0;
        var seeds = Enumerable.Range(start, count).ToList();
        var results = new string[seeds.Count * 2];
        Parallel.For(0, seeds.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var seed = seeds[i / 2];
            var asRead = i % 2 == 1;
            var model = asRead ? RandomReports.AsRead(seed) : RandomReports.Authored(seed);
            var tag = (asRead ? "r" : "a") + seed.ToString(CultureInfo.InvariantCulture);
            var path = $"{dir}/{tag}.pdf";
            if (write || !File.Exists(path))
            {
                File.WriteAllBytes(path, WriterRoundTrip.Write(model, "pdf"));
            }

            var read = FormatRegistry.Default.Read(new ReportSource("x.pdf", File.ReadAllBytes(path)));
            var diff = read.Value is null ? "  unreadable\n" : ModelComparer.Differences(model, read.Value, max: 8, cjkSpacing: false);
            results[i] = diff.Length == 0 ? string.Empty : $"== {tag}\n{diff}";
        });
        foreach (var r in results)
        {
            if (r.Length > 0)
            {
                bad++;
                sb.Append(r);
            }
        }

        File.WriteAllText($"{dir}/summary.txt", $"{bad} of {results.Length} differ\n" + sb);
    }

    /// <summary>
    /// LOPROBE=N [LOPROBE_START=s]: N random reports of each kind written as DOCX, converted to PDF by LibreOffice in
    /// one run, read by the PDF reader; lists every one whose edition or numbers differ (LOPROBE_DIR/summary.txt).
    /// </summary>
    [SkippableFact]
    public void LibreOfficeSurvey()
    {
        var n = Environment.GetEnvironmentVariable("LOPROBE");
        Skip.If(string.IsNullOrEmpty(n), "a diagnostic survey, not a test: set LOPROBE=N to run it");
        var soffice = ExternalTools.RequireLibreOffice();
        var count = int.Parse(n!, CultureInfo.InvariantCulture);
        var start = int.Parse(Environment.GetEnvironmentVariable("LOPROBE_START") ?? "1", CultureInfo.InvariantCulture);
        var dir = Environment.GetEnvironmentVariable("LOPROBE_DIR") ?? "/tmp/loprobe";
        Directory.CreateDirectory(dir);
        var models = new Dictionary<string, ReportModel>();
        foreach (var seed in Enumerable.Range(start, count))
        {
            models["a" + seed.ToString(CultureInfo.InvariantCulture)] = RandomReports.Authored(seed);
            models["r" + seed.ToString(CultureInfo.InvariantCulture)] = RandomReports.AsRead(seed);
        }

        var pdfs = ExternalTools.DocxThroughLibreOffice(soffice, models, dir, TimeSpan.FromMinutes(30));
        var sb = new StringBuilder();
        var bad = 0;
        foreach (var (tag, model) in models)
        {
            var pdf = pdfs[tag];
            var read = File.Exists(pdf) ? FormatRegistry.Default.Read(new ReportSource(tag + ".pdf", File.ReadAllBytes(pdf))).Value : null;
            var wrong = read is null ? ["unreadable"] : ModelComparer.NumberDifferences(model, read).Take(8).ToList();
            if (read is not null && read.Edition != model.Edition)
            {
                wrong.Insert(0, $"edition {model.Edition} → {read.Edition}");
            }

            if (wrong.Count > 0)
            {
                bad++;
                sb.Append("== ").Append(tag).Append("\n  ").AppendJoin("\n  ", wrong).Append('\n');
            }
        }

        File.WriteAllText(Path.Combine(dir, "summary.txt"), $"{bad} of {models.Count} differ\n" + sb);
    }

    [SkippableFact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("PDFDUMP");
        Skip.If(string.IsNullOrEmpty(path), "a diagnostic dump, not a test: set PDFDUMP=file.pdf to run it");
        var run = PdftotextRunner.Run(File.ReadAllBytes(path!), new PdfReaderOptions());
        List<PdfPage> pages;
        using (var s = run.OpenOutput())
        {
            pages = BboxParser.Parse(s, out _);
        }

        var body = PdfBody.Measure(pages);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"body {body}\n");
        var bands = new List<PdfBand>();
        foreach (var page in pages)
        {
            bands.AddRange(PdfBand.Build(page.Number, PageItems.Read(page, body)));
        }

        var pitch = ParagraphBuilder.Pitch(bands, body.Em);
        sb.Append(CultureInfo.InvariantCulture, $"pitch {pitch}\n");
        foreach (var chunk in LayoutWalker.Walk(bands, body))
        {
            sb.Append(chunk.IsTable ? "--- TABLE\n" : "--- PROSE\n");
            foreach (var b in chunk.Bands)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  y{b.YCenter:0.0} ").Append(string.Join(" | ", b.Items.Select(i => i.ToString()))).Append('\n');
            }
        }

        var doc = PdfLayoutBuilder.Build(pages);
        sb.Append("=== LAYOUT\n");
        foreach (var blk in doc.Blocks)
        {
            if (blk is LayoutTable t)
            {
                sb.Append("[table]\n");
                foreach (var r in t.Rows)
                {
                    sb.Append("  ").Append(string.Join(" | ", r.Cells.Select(c => (c.Unplaced ? "!" : string.Empty) + c.Text))).Append('\n');
                }
            }
            else
            {
                sb.Append(blk is LayoutParagraph lp ? "¶ " + lp.Text : blk.ToString()).Append('\n');
            }
        }

        File.WriteAllText((Environment.GetEnvironmentVariable("PDFDUMP_OUT") ?? "/tmp/probe/dump.txt"), sb.ToString());
    }
}

using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

/// <summary>
/// Damaged PDFs and strange geometry never make the PDF reader throw or hang: randomly corrupted bytes of our PDFs
/// (and the real ones when ../shared is present) go through pdftotext with a time limit; random and jittered word
/// boxes go straight into the layout builder, thousands of times, without pdftotext.
/// </summary>
public sealed class PdfFuzzTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(20);

    private static readonly string[] Texts =
    [
        "0", "12", "7730.28", "-", "/", "—", "无", "-3-", "1.", "一、总体情况", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密",
        "自然人", "商业", "企业", "总", "计", "结果", "维持", "行政复议", "第二十条第（一）项", "信息内容", "本年制发件数", "规章",
        "四、政府信息公开行政复议、行政诉讼情况", "２０２３", "年", "（", "）", "\u200b", "hzzwgk@126.com", "本报告由某某区人民政府办公室编制",
    ];

    public static IEnumerable<byte[]> Pdfs()
    {
        foreach (var (pdf, _) in Corpus.OwnPdfs)
        {
            yield return File.ReadAllBytes(Corpus.Pdf(pdf + ".pdf"));
        }

        if (TestPaths.Shared is { } shared)
        {
            foreach (var f in Directory.GetFiles(Path.Combine(shared, "corpus", "real"), "*.pdf").Order(StringComparer.Ordinal))
            {
                yield return File.ReadAllBytes(f);
            }
        }
    }

    [SkippableFact]
    public void CorruptedBytes_NeverThrowOrHang()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var pdfs = Pdfs().ToArray();
        var reader = new PdfReader(new PdfReaderOptions { Timeout = TimeSpan.FromSeconds(10) });
        Prop.ForAll<int, int>((which, seed) =>
        {
            var bytes = Corrupt(pdfs[Math.Abs(which % pdfs.Length)], seed);
            var clock = Stopwatch.StartNew();
            var r = reader.Read(new ReportSource("fuzz.pdf", bytes), ReaderOptions.Default);
            Assert.True(clock.Elapsed < PerFile, $"took {clock.Elapsed}");
            Check(r);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void RandomWordBoxes_NeverThrow() =>
        Prop.ForAll<int>(seed =>
        {
            var rnd = new Random(seed);
            var pages = new List<PdfPage>();
            for (var p = 1; p <= 1 + rnd.Next(3); p++)
            {
                var lines = new List<PdfLine>();
                for (var l = 0; l < rnd.Next(60); l++)
                {
                    var words = new List<PdfWord>();
                    double x = rnd.Next(-20, 500), y = rnd.Next(-20, 860);
                    var vertical = rnd.Next(8) == 0;
                    for (var w = 0; w < 1 + rnd.Next(6); w++)
                    {
                        var text = Texts[rnd.Next(Texts.Length)];
                        var width = rnd.Next(12) == 0 ? 0 : (rnd.NextDouble() * 60) + 1;
                        var height = rnd.Next(12) == 0 ? 0 : (rnd.NextDouble() * 30) + 1;
                        words.Add(new PdfWord(text, new PdfBox(x, y, x + width, y + height)));
                        if (vertical)
                        {
                            y += height;
                        }
                        else
                        {
                            x += width + (rnd.NextDouble() * 40);
                        }
                    }

                    var box = words[0].Box;
                    foreach (var w in words)
                    {
                        box = box.Union(w.Box);
                    }

                    lines.Add(new PdfLine(words, box, lines.Count + 1));
                }

                pages.Add(new PdfPage(p, rnd.Next(10) == 0 ? 0 : 595, rnd.Next(10) == 0 ? 0 : 842, lines));
            }

            Check(ReportAssembler.Assemble(PdfLayoutBuilder.Build(pages), "random"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void PathologicalGeometry_FinishesQuickly()
    {
        // thousands of lone characters stacked in one place, a table of thousands of rows, a line of thousands of values
        var stacked = Enumerable.Range(0, 20_000).Select(i => Line(i, "果", 70, 10 + (i * 0.04), 10)).ToList();
        var rows = Enumerable.Range(0, 4000).SelectMany(i => new[] { Line(2 * i, i % 3 == 0 ? "1.属于国家秘密" : "计其他情形）", 180, 20 + (i * 0.2), 10), Line((2 * i) + 1, "0", 320, 20 + (i * 0.2), 10) }).ToList();
        var wide = new List<PdfLine> { new([.. Enumerable.Range(0, 5000).Select(i => new PdfWord("7", new PdfBox(i * 12, 400, (i * 12) + 6, 410)))], new PdfBox(0, 400, 60000, 410), 1) };
        foreach (var lines in new[] { stacked, rows, wide })
        {
            var clock = Stopwatch.StartNew();
            Check(ReportAssembler.Assemble(PdfLayoutBuilder.Build([new PdfPage(1, 595, 842, lines)]), "pathological"));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }
    }

    private static PdfLine Line(int index, string text, double x, double y, double size)
    {
        var box = new PdfBox(x, y, x + (size * text.Length), y + size);
        return new PdfLine([new PdfWord(text, box)], box, index + 1);
    }

    [SkippableFact]
    public void JitteredRealGeometry_NeverThrows()
    {
        Skip.IfNot(PdfTools.HasPdftotext, PdfTools.Missing);
        var parsed = Pdfs().Take(Corpus.OwnPdfs.Length + 2).Select(Parse).ToArray();
        Prop.ForAll<int, int>((which, seed) =>
        {
            var rnd = new Random(seed);
            var pages = parsed[Math.Abs(which % parsed.Length)].Select(p => Jitter(p, rnd)).ToList();
            Check(ReportAssembler.Assemble(PdfLayoutBuilder.Build(pages), "jittered"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static List<PdfPage> Parse(byte[] pdf)
    {
        var run = PdftotextRunner.Run(pdf, PdfReaderOptions.Default);
        using var s = run.OpenOutput();
        return BboxParser.Parse(s, out _);
    }

    private static PdfPage Jitter(PdfPage page, Random rnd)
    {
        var lines = new List<PdfLine>();
        foreach (var l in page.Lines)
        {
            switch (rnd.Next(20))
            {
                case 0:
                    continue;
                case 1:
                    lines.Add(l);
                    lines.Add(l);
                    continue;
                default:
                    break;
            }

            var dx = (rnd.NextDouble() - 0.5) * 8;
            var dy = (rnd.NextDouble() - 0.5) * 8;
            var words = l.Words.Select(w => rnd.Next(30) == 0
                ? new PdfWord(Texts[rnd.Next(Texts.Length)], w.Box)
                : new PdfWord(w.Text, new PdfBox(w.Box.XMin + dx, w.Box.YMin + dy, w.Box.XMax + dx, w.Box.YMax + dy))).ToList();
            lines.Add(new PdfLine(words, new PdfBox(l.Box.XMin + dx, l.Box.YMin + dy, l.Box.XMax + dx, l.Box.YMax + dy), l.Index));
        }

        return page with { Lines = lines };
    }

    private static byte[] Corrupt(byte[] pdf, int seed)
    {
        var rnd = new Random(seed);
        var bytes = (byte[])pdf.Clone();
        switch (rnd.Next(5))
        {
            case 0:
                return bytes[..rnd.Next(5, bytes.Length)];
            case 1:
                for (var i = 0; i < 1 + rnd.Next(200); i++)
                {
                    bytes[rnd.Next(bytes.Length)] = (byte)rnd.Next(256);
                }

                return bytes;
            case 2:
                var start = rnd.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(bytes.Length - start, rnd.Next(1, 4096)));
                return bytes;
            case 3:
                var junk = new byte[rnd.Next(1, 2048)];
                rnd.NextBytes(junk);
                var at = rnd.Next(bytes.Length);
                return [.. bytes[..at], .. junk, .. bytes[at..]];
            default:
                // the cross-reference table and trailer at the end, where damage hurts most
                for (var i = Math.Max(0, bytes.Length - 2048); i < bytes.Length; i++)
                {
                    if (rnd.Next(8) == 0)
                    {
                        bytes[i] = (byte)rnd.Next(256);
                    }
                }

                return bytes;
        }
    }

    private static void Check(ReadResult<Reports.ReportModel> r)
    {
        if (r.Value is not { } m)
        {
            Assert.True(r.HasErrors, "a reader that returns no model must say why");
            return;
        }

        foreach (var c in m.Tables.Cells)
        {
            Assert.InRange(c.Where.Span.Start, 0, m.SourceLength);
            Assert.InRange(c.Where.Span.End, 0, m.SourceLength);
        }

        foreach (var p in m.Prose)
        {
            Assert.InRange(p.Where.Span.End, 0, m.SourceLength);
        }
    }
}

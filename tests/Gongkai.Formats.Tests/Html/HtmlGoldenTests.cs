using Gongkai.Formats;
using Gongkai.Formats.Dump;
using Gongkai.Formats.Html;
using Gongkai.Formats.PlainText;
using Gongkai.Labels;
using Gongkai.Reports;

namespace Gongkai.Tests;

/// <summary>
/// Our HTML pages read exactly: every cell, section and metadata line in a reviewed golden dump; every cell the same as
/// in the sample report the page renders; every position pointing at the text it names.
/// </summary>
public sealed class HtmlGoldenTests
{
    public static TheoryData<string> Pages => [.. Corpus.HtmlPages.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_ModelMatchesGolden(string name)
    {
        var model = Read(name);
        Golden.Verify(Corpus.HtmlGolden(name), ModelDump.Write(model));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_ReadsAsTheSampleItRenders(string name)
    {
        var (_, sample, blanked) = Corpus.HtmlPages.Single(p => p.Name == name);
        var html = Read(name);
        var text = PlainTextReader.Instance.ReadText(sample, File.ReadAllText(TestPaths.Repo("samples", sample))).Value!;
        Assert.Equal(text.Edition, html.Edition);
        Assert.Equal(text.Metadata.Year?.Value, html.Metadata.Year?.Value);
        Assert.Equal(6, html.Sections.Length);
        var differences = new List<string>();
        foreach (var f in html.Schema.Fields)
        {
            var h = html.Tables[f].Value;
            var t = text.Tables[f].Value;
            var same = blanked.Contains(f.Id)
                ? h.State == CellState.Blank && t.IsNumber && t.Number == 0
                : h.State == t.State && h.Number == t.Number;
            if (!same)
            {
                differences.Add($"{f.Id}: html {h}, text {t}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_EveryPositionHoldsItsText(string name)
    {
        var source = Source(name);
        var lines = new Gongkai.Text.SourceText(source);
        var model = Read(name);
        Assert.Equal(source.Length, model.SourceLength);
        foreach (var f in model.Schema.Fields)
        {
            var c = model.Tables[f];
            if (c.Value.IsAbsent)
            {
                continue;
            }

            Assert.InRange(c.Where.Span.End, 0, source.Length);
            Assert.StartsWith("table ", c.Where.Anchor, StringComparison.Ordinal);
            if (c.Value.State is CellState.Number or CellState.Placeholder)
            {
                // the span runs from the first to the last visible character of the cell: its printed text
                Assert.Equal(c.Value.Raw, LabelNormalizer.NormalizeText(source.Substring(c.Where.Span.Start, c.Where.Span.Length)));
            }
            else
            {
                Assert.Equal(0, c.Where.Span.Length);
            }

            Assert.Equal(lines.GetRef(c.Where.Span).Line, c.Where.Line);
            Assert.Equal(lines.GetRef(c.Where.Span).Column, c.Where.Column);
        }

        foreach (var s in model.Sections)
        {
            var heading = source.Substring(s.Heading.Where.Span.Start, s.Heading.Where.Span.Length);
            Assert.Equal(s.Heading.Value, LabelNormalizer.NormalizeText(heading));
            foreach (var p in s.Paragraphs)
            {
                Assert.True(s.Span.Contains(p.Where.Span), $"paragraph outside section {s.Id}: {p.Value}");
            }
        }
    }

    internal static ReportModel Read(string name)
    {
        var r = FormatRegistry.Default.Read(ReportSource.FromFile(Corpus.Html(name)));
        Assert.True(r.Value is not null, string.Join("; ", r.Diagnostics.Select(d => d.Id)));
        Assert.Equal(HtmlFormat.Instance.Name, r.Value!.Format);
        return r.Value;
    }

    /// <summary>The page as the reader decoded it.</summary>
    internal static string Source(string name) => HtmlDecoder.Decode(File.ReadAllBytes(Corpus.Html(name))).Decoded.Text;
}

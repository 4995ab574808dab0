using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Formats;
using Gongkai.Formats.PlainText;
using Gongkai.Reports;
using Xunit.Abstractions;

namespace Gongkai.Tests;

/// <summary>
/// A value the reader is not sure of is reported, not guessed. Blanking the zeros of table 2 (as many published
/// tables do) must give, for every cell, the same number, a blank where the zero was, or "unreadable" — never
/// another number.
/// </summary>
public sealed partial class NeverMisreadTests(ITestOutputHelper output)
{
    [Fact]
    public void BlankingZeros_NeverYieldsAWrongNumber()
    {
        var docs = ReaderFuzzTests.Documents().ToArray();
        Assert.NotEmpty(docs);
        var unreadable = 0;
        var cells = 0;
        foreach (var doc in docs)
        {
            var original = PlainTextReader.Instance.ReadText("original", doc).Value;
            if (original is null)
            {
                continue;
            }

            var blanked = PlainTextReader.Instance.ReadText("blanked", BlankZeros(doc)).Value!;
            foreach (var f in original.Schema.Applications.Fields)
            {
                var before = original.Tables[f].Value;
                var after = blanked.Tables[f].Value;
                if (!before.IsNumber)
                {
                    continue;
                }

                cells++;
                if (after.State == CellState.Unreadable)
                {
                    unreadable++;
                    continue;
                }

                if (before.Number == 0)
                {
                    Assert.True(after.State == CellState.Blank || (after.IsNumber && after.Number == 0), $"{f.Id}: 0 became {after}");
                }
                else
                {
                    Assert.True(after.IsNumber && after.Number == before.Number, $"{f.Id}: {before} became {after}");
                }
            }
        }

        output.WriteLine($"{cells} numeric cells compared, {unreadable} reported unreadable after blanking zeros");
        Assert.True(cells > 1000, "too few cells compared");

        // most rows still place their values; the rest are reported, not guessed
        Assert.True(unreadable * 10 < cells, $"{unreadable} of {cells} cells unreadable");
    }

    [Fact]
    public void Gb18030Text_ReadsLikeUtf8()
    {
        var doc = File.ReadAllText(Corpus.Samples.First());
        var utf8 = FormatRegistry.Default.Read(new ReportSource("u", Encoding.UTF8.GetBytes(doc))).Value!;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = FormatRegistry.Default.Read(new ReportSource("g", Encoding.GetEncoding("GB18030").GetBytes(doc)));
        Assert.Contains(gb.Diagnostics, d => d.Id == ReaderMessages.DecodedAs);
        Assert.Equal(utf8.Tables.Cells.Select(c => c.Value), gb.Value!.Tables.Cells.Select(c => c.Value));
        Assert.Equal(utf8.Metadata.Body!.Value.Value, gb.Value.Metadata.Body!.Value.Value);
    }

    [Fact]
    public void Utf16WithBom_ReadsLikeUtf8()
    {
        var doc = File.ReadAllText(Corpus.Samples.First());
        var utf8 = FormatRegistry.Default.Read(new ReportSource("u", Encoding.UTF8.GetBytes(doc))).Value!;
        var utf16 = FormatRegistry.Default.Read(new ReportSource("w", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(doc)).ToArray())).Value!;
        Assert.Equal(utf8.Tables.Cells.Select(c => c.Value), utf16.Tables.Cells.Select(c => c.Value));
    }

    private static string BlankZeros(string doc)
    {
        var lines = doc.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('\t') && (lines[i].Contains("申请") || lines[i].Contains('.') || lines[i].Contains("总计") || lines[i].Contains("公开")))
            {
                lines[i] = ZeroCell().Replace(lines[i], "\t");
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex("\t0(?=\t|$)")]
    private static partial Regex ZeroCell();
}

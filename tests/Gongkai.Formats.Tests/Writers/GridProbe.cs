using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Layout;
using Gongkai.Reports;
using Gongkai.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Tests.Writers;

/// <summary>
/// A stand-in for the HTML and DOCX readers (written on other branches): it lays a written document out as the shared
/// assembler expects from a grid format — paragraphs with their heading level, tables with merged cells expanded and
/// the covered positions left empty — and assembles it. It shows that the written structure carries the model, so the
/// real readers can read it back; the round-trip tests use the real readers once they are registered.
/// </summary>
internal static class GridProbe
{
    public static ReportModel ReadHtml(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var blocks = new List<LayoutBlock>();
        var line = 0;
        foreach (var e in doc.QuerySelectorAll("h1, h2, p, table"))
        {
            line++;
            if (e.LocalName == "table")
            {
                var rows = e.QuerySelectorAll("tr").Select(tr => tr.Children.Select(td => (td.TextContent.Trim(), Span(td, "rowspan"), Span(td, "colspan"))).ToList()).ToList();
                blocks.Add(Table(rows, ref line));
            }
            else if (e.Closest("table") is null)
            {
                blocks.Add(new LayoutParagraph(e.TextContent.Trim(), new SourceRef(new TextSpan(0, 0), line, 1), e.LocalName == "h1" ? 1 : e.LocalName == "h2" ? 2 : 0));
            }
        }

        return Assemble(blocks, "html", line);
    }

    public static ReportModel ReadDocx(byte[] docx)
    {
        using var ms = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(ms, false);
        var blocks = new List<LayoutBlock>();
        var line = 0;
        foreach (var e in doc.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            line++;
            if (e is W.Paragraph p)
            {
                var text = string.Concat(p.Descendants<W.Text>().Select(t => t.Text)).Trim();
                if (text.Length > 0)
                {
                    var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                    blocks.Add(new LayoutParagraph(text, new SourceRef(new TextSpan(0, 0), line, 1), style == "Title" ? 1 : style == "Heading1" ? 2 : 0));
                }
            }
            else if (e is W.Table t)
            {
                // vMerge continue cells are the positions a row-spanning cell covers: their text is empty
                var rows = t.Elements<W.TableRow>().Select(tr => tr.Elements<W.TableCell>().Select(tc =>
                    (string.Concat(tc.Descendants<W.Text>().Select(x => x.Text)).Trim(), 1, (int)(tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1))).ToList()).ToList();
                blocks.Add(Table(rows, ref line));
            }
        }

        return Assemble(blocks, "docx", line);
    }

    private static int Span(AngleSharp.Dom.IElement e, string name) => int.TryParse(e.GetAttribute(name), out var n) && n > 0 ? n : 1;

    /// <summary>Rows of (text, rowspan, colspan) as a grid: each cell at its first free position, the positions it covers empty.</summary>
    private static LayoutTable Table(List<List<(string Text, int RowSpan, int ColSpan)>> rows, ref int line)
    {
        var taken = new Dictionary<(int, int), bool>();
        var grid = new List<List<string>>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<string>();
            var k = 0;
            foreach (var (text, rs, cs) in rows[r])
            {
                while (taken.ContainsKey((r, k)))
                {
                    Set(cells, k++, string.Empty);
                }

                for (var dr = 0; dr < rs; dr++)
                {
                    for (var dc = 0; dc < cs; dc++)
                    {
                        taken[(r + dr, k + dc)] = true;
                    }
                }

                Set(cells, k, text);
                for (var dc = 1; dc < cs; dc++)
                {
                    Set(cells, k + dc, string.Empty);
                }

                k += cs;
            }

            grid.Add(cells);
        }

        var start = line;
        // every printed cell has a place of its own (real readers give merged copies the place of the cell they copy)
        var layoutRows = grid.Select((cells, i) => new LayoutRow([.. cells.Select((c, k) => new LayoutCell(c, new SourceRef(new TextSpan(0, 0), start + i, k + 1)))], new SourceRef(new TextSpan(0, 0), start + i, 1))).ToImmutableArray();
        line += grid.Count;
        return new LayoutTable(layoutRows, layoutRows[0].Where, IsGrid: true);
    }

    private static void Set(List<string> cells, int k, string text)
    {
        while (cells.Count <= k)
        {
            cells.Add(string.Empty);
        }

        cells[k] = text;
    }

    private static ReportModel Assemble(List<LayoutBlock> blocks, string format, int length)
    {
        var normalized = blocks.Select(b => b switch
        {
            LayoutParagraph p => p with { Text = Labels.LabelNormalizer.NormalizeText(p.Text) },
            LayoutTable t => t with { Rows = [.. t.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Text = Labels.LabelNormalizer.NormalizeText(c.Text), Raw = c.Text })] })] },
            _ => b,
        });
        var read = ReportAssembler.Assemble(new LayoutDocument([.. normalized], length, format), "probe." + format);
        Assert.True(read.Value is not null, string.Join("; ", read.Diagnostics.Select(d => d.Id)));
        return read.Value!;
    }
}

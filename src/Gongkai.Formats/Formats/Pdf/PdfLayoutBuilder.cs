using Gongkai.Formats.Layout;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// From pdftotext's pages to a <see cref="LayoutDocument"/>: items per page (<see cref="PageItems"/>), bands, the cut
/// into prose and tables (<see cref="LayoutWalker"/>), paragraphs (<see cref="ParagraphBuilder"/>) and rebuilt
/// tables (<see cref="PdfTableBuilder"/>), written out as text (<see cref="LayoutTextWriter"/>).
/// </summary>
internal static class PdfLayoutBuilder
{
    public static LayoutDocument Build(IReadOnlyList<PdfPage> pages, List<int>? tablesByRows = null)
    {
        var body = PdfBody.Measure(pages);
        var bands = new List<PdfBand>();
        foreach (var page in pages)
        {
            bands.AddRange(PdfBand.Build(page.Number, PageItems.Read(page, body)));
        }

        var pitch = ParagraphBuilder.Pitch(bands, body.Em);
        var writer = new LayoutTextWriter();
        foreach (var chunk in LayoutWalker.Walk(bands, body))
        {
            if (!chunk.IsTable)
            {
                foreach (var p in ParagraphBuilder.Build(chunk.Bands, body, pitch))
                {
                    writer.Paragraph(p);
                }

                continue;
            }

            var tables = PdfTableBuilder.Build(chunk.Bands, TableEm(chunk.Bands, body.Em), pitch / body.Em);
            if (tables.Count > 0 && !tables[0].IsGrid)
            {
                tablesByRows?.Add(tables[0].Page);
            }

            foreach (var table in tables)
            {
                writer.Table(table);
            }
        }

        return writer.ToDocument();
    }

    /// <summary>The font size of a table's labels and headers, usually smaller than the prose's.</summary>
    private static double TableEm(List<PdfBand> bands, double fallback)
    {
        var words = new List<PdfWord>();
        foreach (var b in bands)
        {
            foreach (var i in b.Items)
            {
                if (i.Kind != PdfItemKind.Vertical)
                {
                    words.AddRange(i.Words);
                }
            }
        }

        return PdfText.MedianEm(words, fallback);
    }
}

using Gongkai.Formats.Assembly;
using Gongkai.Labels;
using Gongkai.Schema;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Walks the bands of all pages in reading order and cuts them into running text and tables. A table starts at the
/// first band with values and takes in the short lines just above it (its header); it goes on across pages, through
/// page footers already dropped and the labels between its rows, until a section heading or a full-width line of
/// prose. Short lines that no table follows are prose after all.
/// </summary>
internal static class LayoutWalker
{
    private enum BandKind
    {
        Other = 0,
        Value = 1,
        Prose = 2,
        Heading = 3,
    }

    public static List<PdfChunk> Walk(List<PdfBand> bands, PdfBody body)
    {
        var firstOfPage = new HashSet<PdfBand>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < bands.Count; i++)
        {
            if (i == 0 || bands[i].Page != bands[i - 1].Page)
            {
                firstOfPage.Add(bands[i]);
            }
        }

        var chunks = new List<PdfChunk>();
        var prose = new List<PdfBand>();
        var pending = new List<PdfBand>();
        List<PdfBand>? table = null;
        PdfBand? lastProse = null;

        foreach (var band in bands)
        {
            var kind = Classify(band, body);
            if (table is not null)
            {
                if (kind is BandKind.Heading or BandKind.Prose)
                {
                    var trailing = CloseTable(table, body);
                    chunks.Add(new PdfChunk(true, table));
                    table = null;
                    prose.AddRange(trailing);
                }
                else
                {
                    table.Add(band);
                    continue;
                }
            }

            switch (kind)
            {
                case BandKind.Value:
                    var header = HeaderStart(pending, body);
                    prose.AddRange(pending.GetRange(0, header));
                    Flush(chunks, prose);
                    table = [.. pending.GetRange(header, pending.Count - header), band];
                    pending.Clear();
                    lastProse = null;
                    break;
                case BandKind.Heading or BandKind.Prose:
                    prose.AddRange(pending);
                    pending.Clear();
                    prose.Add(band);
                    lastProse = band;
                    break;
                default:
                    if (pending.Count == 0 && lastProse is not null && Continues(lastProse, band, body, firstOfPage))
                    {
                        prose.Add(band);
                        lastProse = band;
                    }
                    else
                    {
                        pending.Add(band);
                    }

                    break;
            }
        }

        if (table is not null)
        {
            var trailing = CloseTable(table, body);
            chunks.Add(new PdfChunk(true, table));
            prose.AddRange(trailing);
        }

        prose.AddRange(pending);
        Flush(chunks, prose);
        return chunks;
    }

    private static void Flush(List<PdfChunk> chunks, List<PdfBand> prose)
    {
        if (prose.Count > 0)
        {
            chunks.Add(new PdfChunk(false, [.. prose]));
            prose.Clear();
        }
    }

    private static BandKind Classify(PdfBand band, PdfBody body)
    {
        if (band.HasValue)
        {
            return BandKind.Value;
        }

        if (band.Items.Count != 1)
        {
            return BandKind.Other;
        }

        var item = band.Items[0];
        if (item.Kind == PdfItemKind.Vertical)
        {
            return BandKind.Other;
        }

        if (SectionFinder.TryHeading(LabelNormalizer.NormalizeText(item.Text).Trim(), ReportSchema.Edition2021, out _, out _))
        {
            return BandKind.Heading;
        }

        return item.Kind == PdfItemKind.Prose && body.IsFullLine(item.Box, item.Em) ? BandKind.Prose : BandKind.Other;
    }

    /// <summary>
    /// A short line that goes on with the paragraph above: it starts at the body's left edge and stands a line
    /// below it, or it opens a page after a paragraph that ran to the end of the last one.
    /// </summary>
    private static bool Continues(PdfBand previous, PdfBand band, PdfBody body, HashSet<PdfBand> firstOfPage)
    {
        if (band.Items.Count != 1 || band.Items[0].Kind == PdfItemKind.Vertical)
        {
            return false;
        }

        var item = band.Items[0];
        var em = Math.Max(item.Em, 1);
        if (Math.Abs(item.Box.XMin - body.Left) > em)
        {
            return false;
        }

        if (band.Page == previous.Page)
        {
            return band.YCenter - previous.YCenter <= 2.6 * em;
        }

        // the first band of its page
        return band.Page == previous.Page + 1 && firstOfPage.Contains(band);
    }

    /// <summary>Every item of the band is set in a type under 90% of the body's.</summary>
    private static bool InTableType(PdfBand band, PdfBody body) =>
        band.Items.TrueForAll(i => i.Kind is PdfItemKind.Text or PdfItemKind.Value && i.Em < 0.9 * body.Em);

    /// <summary>
    /// Where a table's header starts among the short lines above its first values: after the last line that is a
    /// paragraph's, in the body's type and starting at its left edge or first-line indent, and wide (a one-line
    /// paragraph that stops short: "对照上级要求，对563件申请作出部分公开答复。"), or short and ending a sentence. A header's lines are set in the
    /// table's type or stand inside its cells.
    /// </summary>
    private static int HeaderStart(List<PdfBand> pending, PdfBody body)
    {
        for (var k = pending.Count - 1; k >= 0; k--)
        {
            var b = pending[k];
            if (b.Items.Count != 1)
            {
                continue;
            }

            var item = b.Items[0];
            if ((item.Kind == PdfItemKind.Prose || (item.Kind == PdfItemKind.Text && EndsSentence(item.Text)))
                && Math.Abs(item.Em - body.Em) <= 0.1 * body.Em
                && item.Box.XMin >= body.Left - (0.5 * body.Em) && item.Box.XMin <= body.Left + (2.5 * body.Em))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>A line that ends a sentence, as a paragraph's last line does and a table header's never does.</summary>
    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '；' or '！' or '？' or '.' or ';';
    }

    /// <summary>
    /// Ends a table: bands after its last row of values stay only when they lie wholly left of the values (the
    /// wrapped end of a row label) or are set in a type clearly smaller than the body's, as tables are and running
    /// text is not (the last part of table 一 with every cell blank: "第二十条第（八）项" / its header / "行政事业性收费");
    /// anything from the first other band on is given back to the prose.
    /// </summary>
    private static List<PdfBand> CloseTable(List<PdfBand> table, PdfBody body)
    {
        var last = table.FindLastIndex(b => b.HasValue);
        var left = double.MaxValue;
        foreach (var b in table)
        {
            foreach (var i in b.Items)
            {
                if (i.Kind == PdfItemKind.Value)
                {
                    left = Math.Min(left, i.Box.XMin);
                }
            }
        }

        var cut = table.Count;
        for (var k = last + 1; k < table.Count; k++)
        {
            if (!table[k].Items.TrueForAll(i => i.Box.XMax <= left) && !InTableType(table[k], body))
            {
                cut = k;
                break;
            }
        }

        var trailing = table.GetRange(cut, table.Count - cut);
        table.RemoveRange(cut, table.Count - cut);
        return trailing;
    }
}

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Drops a copy of a table's first header that the printer repeats at the top of a new page (DOCX <c>w:tblHeader</c>
/// rows in LibreOffice) where it falls inside another part's header: table 一's "第二十条第（六）项" last on its page,
/// then 第（一）项's title and columns repeated, then 第（六）项's own columns. Read as they stand, the two headers
/// stack into one and no value finds its column. Only there: a copy after rows of values starts a part of its own,
/// with the columns it repeats (see <see cref="TableParts"/>), and dropping it would join the labels on either side of
/// the break ("规章" + "行政规范性文件").
/// </summary>
internal static class RepeatedHeaders
{
    /// <summary>
    /// Removes, at the top of every page after the table's first where the page before ends with header text over
    /// the columns, the bands that repeat the table's first header (the bands before its first row of values) in order:
    /// the same texts at the same places across the page, at the same distances from one another, the whole header.
    /// </summary>
    public static void Drop(List<PdfBand> bands, double em)
    {
        var first = bands.FindIndex(b => b.HasValue);
        if (first <= 0)
        {
            return;
        }

        var head = bands.GetRange(0, first);
        var valueLeft = double.MaxValue;
        for (var i = first; i < bands.Count; i++)
        {
            foreach (var item in bands[i - 1].Items)
            {
                if (item.Kind == PdfItemKind.Value)
                {
                    valueLeft = Math.Min(valueLeft, item.Box.XMin);
                }
            }

            var before = bands[i - 1];
            if (before.Page == bands[i].Page || before.HasValue || !before.Items.Exists(it => it.Box.XMax > valueLeft))
            {
                continue;
            }

            if (Repeats(bands, i, head, em))
            {
                bands.RemoveRange(i, head.Count);
            }
        }
    }

    /// <summary>Whether the bands from <paramref name="at"/> repeat the whole header.</summary>
    private static bool Repeats(List<PdfBand> bands, int at, List<PdfBand> head, double em)
    {
        if (at + head.Count > bands.Count)
        {
            return false;
        }

        for (var n = 0; n < head.Count; n++)
        {
            var b = bands[at + n];
            if (b.Page != bands[at].Page || !Same(head[n], b, em)
                || Math.Abs((head[n].YCenter - head[0].YCenter) - (b.YCenter - bands[at].YCenter)) > 0.5 * em)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same items: the same texts, each starting and ending within half an em of the other's place.</summary>
    private static bool Same(PdfBand a, PdfBand b, double em)
    {
        if (a.Items.Count != b.Items.Count || b.HasValue)
        {
            return false;
        }

        for (var k = 0; k < a.Items.Count; k++)
        {
            var (x, y) = (a.Items[k], b.Items[k]);
            if (x.Kind != y.Kind || x.Text != y.Text || Math.Abs(x.Box.XMin - y.Box.XMin) > 0.5 * em || Math.Abs(x.Box.XMax - y.Box.XMax) > 0.5 * em)
            {
                return false;
            }
        }

        return true;
    }
}

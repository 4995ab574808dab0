namespace Gongkai.Formats.Pdf;

/// <summary>
/// Separates the label columns of a table where pdftotext ran two cells into one line. Left-aligned cells of one
/// column start at the same x, so an x where three or more label lines start is a column edge; a line that has a
/// word starting there, after a gap, is cut before that word ("三、本" | "（一）予以公开" in a narrow column beside
/// the next one).
/// </summary>
internal static class LabelColumns
{
    public static void Split(List<PdfBand> bands, double em)
    {
        var left = double.MaxValue;
        foreach (var b in bands)
        {
            foreach (var i in b.Items)
            {
                if (i.Kind == PdfItemKind.Value)
                {
                    left = Math.Min(left, i.Box.XMin);
                }
            }
        }

        var starts = new Dictionary<int, int>();
        foreach (var b in bands)
        {
            foreach (var i in b.Items)
            {
                if (IsLabel(i, left))
                {
                    var x = (int)Math.Round(i.Box.XMin);
                    starts[x] = starts.GetValueOrDefault(x) + 1;
                }
            }
        }

        foreach (var b in bands)
        {
            for (var k = b.Items.Count - 1; k >= 0; k--)
            {
                var item = b.Items[k];
                if (!IsLabel(item, left) || item.Words.Count < 2)
                {
                    continue;
                }

                var cuts = new List<int>();
                for (var w = 1; w < item.Words.Count; w++)
                {
                    var x = item.Words[w].Box.XMin;
                    var gap = x - item.Words[w - 1].Box.XMax;
                    if (gap >= 0.1 * em && IsStart(starts, x))
                    {
                        cuts.Add(w);
                    }
                }

                if (cuts.Count == 0)
                {
                    continue;
                }

                b.Items.RemoveAt(k);
                var from = 0;
                var pieces = new List<PdfItem>();
                cuts.Add(item.Words.Count);
                foreach (var to in cuts)
                {
                    pieces.Add(PageItems.Make(item.Page, item.Words, from, to, PdfItemKind.Text, item.Em, item.Line));
                    from = to;
                }

                b.Items.InsertRange(k, pieces);
            }
        }
    }

    private static bool IsLabel(PdfItem i, double valueLeft) => i.Kind is PdfItemKind.Text or PdfItemKind.Prose && i.Box.XMax <= valueLeft;

    private static bool IsStart(Dictionary<int, int> starts, double x)
    {
        var r = (int)Math.Round(x);
        return starts.GetValueOrDefault(r) + starts.GetValueOrDefault(r - 1) + starts.GetValueOrDefault(r + 1) >= 3;
    }
}

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Items of one page whose vertical centres agree: one printed line across the page (a line of prose, a table row's
/// label and numbers, a header line). Vertical texts stand in a band of their own.
/// </summary>
internal sealed class PdfBand(int page, List<PdfItem> items)
{
    public int Page { get; } = page;

    /// <summary>Left to right.</summary>
    public List<PdfItem> Items { get; } = items;

    public double YCenter { get; private set; } = Mean(items);

    public bool HasValue => Items.Exists(i => i.Kind == PdfItemKind.Value);

    public bool IsVertical => Items.Count == 1 && Items[0].Kind == PdfItemKind.Vertical;

    public PdfBox Box
    {
        get
        {
            var box = Items[0].Box;
            foreach (var i in Items)
            {
                box = box.Union(i.Box);
            }

            return box;
        }
    }

    /// <summary>
    /// Groups a page's items into bands: sorted by vertical centre, an item joins the band above when its centre is
    /// within 0.45 em of the band's. Chromium's word boxes are 2.6 em tall, so boxes cannot be compared by overlap.
    /// </summary>
    public static List<PdfBand> Build(int page, List<PdfItem> items)
    {
        var sorted = new List<PdfItem>(items);
        sorted.Sort((a, b) => a.YCenter != b.YCenter ? a.YCenter.CompareTo(b.YCenter) : a.Box.XMin.CompareTo(b.Box.XMin));
        var bands = new List<PdfBand>();
        List<PdfItem>? current = null;
        double sum = 0;
        foreach (var item in sorted)
        {
            if (item.Kind == PdfItemKind.Vertical)
            {
                bands.Add(new PdfBand(page, [item]));
                continue;
            }

            if (current is not null && Math.Abs(item.YCenter - (sum / current.Count)) <= 0.45 * item.Em)
            {
                current.Add(item);
                sum += item.YCenter;
                continue;
            }

            current = [item];
            sum = item.YCenter;
            bands.Add(new PdfBand(page, current));
        }

        foreach (var b in bands)
        {
            b.Items.Sort((x, y) => x.Box.XMin.CompareTo(y.Box.XMin));
            b.YCenter = Mean(b.Items);
        }

        bands.Sort((a, b) => a.YCenter.CompareTo(b.YCenter));
        return bands;
    }

    private static double Mean(List<PdfItem> items)
    {
        double s = 0;
        foreach (var i in items)
        {
            s += i.YCenter;
        }

        return items.Count == 0 ? 0 : s / items.Count;
    }
}

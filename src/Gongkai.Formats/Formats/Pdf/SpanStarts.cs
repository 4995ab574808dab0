namespace Gongkai.Formats.Pdf;

/// <summary>
/// Finds the first row of each merged label cell. Going up from the label's middle, its span ends at a row whose own
/// label starts no further right than it (a row of its level or above: "（二）部分公开", "二、上年结转…"). Between
/// two merged labels of one level (（三） then （四）), the later one starts at the last sub-row numbered 1 between
/// them; without numbering, at the first row past the midpoint of the two labels.
/// </summary>
internal static class SpanStarts
{
    public static void Assign(List<BodyRow> rows, List<LabelBlock> spanning, double em)
    {
        if (rows.Count == 0 || spanning.Count == 0)
        {
            return;
        }

        // fix the shallow levels first, each level top to bottom
        spanning.Sort((a, b) => Math.Abs(a.Level - b.Level) > 0.5 * em ? a.Level.CompareTo(b.Level) : BodyRow.Compare(a.Page, a.YCenter, b.Page, b.YCenter));
        LabelBlock? previous = null;
        foreach (var s in spanning)
        {
            var centre = FirstAfter(rows, s.Page, s.YCenter);
            var sibling = previous is not null && Math.Abs(previous.Level - s.Level) <= 0.5 * em ? previous : null;
            var floor = sibling is null ? 0 : FirstAfter(rows, sibling.Page, sibling.YCenter);
            var start = -1;
            for (var j = centre - 1; j >= floor; j--)
            {
                if (rows[j].LeafLevel <= s.Level + (0.5 * em))
                {
                    start = j + 1;
                    break;
                }
            }

            if (start < 0)
            {
                start = sibling is null ? floor : Split(rows, sibling, s, floor, centre);
            }

            start = Math.Clamp(start, 0, rows.Count - 1);
            rows[start].Spanning.Add(s);
            previous = s;
        }
    }

    /// <summary>The index of the first row after a point, or the count of rows when none is.</summary>
    private static int FirstAfter(List<BodyRow> rows, int page, double y)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (BodyRow.Compare(rows[i].Page, rows[i].YCenter, page, y) > 0)
            {
                return i;
            }
        }

        return rows.Count;
    }

    private static int Split(List<BodyRow> rows, LabelBlock before, LabelBlock after, int from, int to)
    {
        for (var j = to - 1; j >= from; j--)
        {
            if (LabelLayout.StartsNumbering(rows[j]))
            {
                return j;
            }
        }

        if (before.Page == after.Page)
        {
            var mid = (before.YCenter + after.YCenter) / 2;
            for (var j = from; j < to; j++)
            {
                if (rows[j].Page == after.Page && rows[j].YCenter >= mid)
                {
                    return j;
                }
            }
        }

        for (var j = from; j < to; j++)
        {
            if (rows[j].Page == after.Page)
            {
                return j;
            }
        }

        return to;
    }
}

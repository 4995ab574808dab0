namespace Gongkai.Formats.Pdf;

/// <summary>
/// Finds numbers broken over two lines of their cell: a column too narrow for "10731" prints "1073" and, a line
/// lower, "1", the two centred on the row's line. One of the lines stands level with the row; the other, alone with
/// no label, a line above or below it. Read apart, the row would take "1" (or "1073") as its value and the other line
/// would be a row of its own: a silent misread. The pieces are put back into the row's cell, one after the other with
/// a space between ("1073 1"), which is no number: the cell reads as unreadable, showing what stands there, and
/// nothing is guessed.
/// </summary>
internal static class WrappedValues
{
    /// <summary>
    /// Merges every row of values without a label that stands less than 1.5 em (a line, not a row: a row of one line
    /// with its padding stands further, a row of wrapped label lines further still) from a neighbouring row with values,
    /// each of its values over or under one of that row's, into that row.
    /// </summary>
    /// <param name="rows">The part's rows of values, top to bottom.</param>
    /// <param name="unlabelled">The rows whose band has no label text.</param>
    public static void Merge(List<BodyRow> rows, HashSet<BodyRow> unlabelled, double em)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (!unlabelled.Contains(r))
            {
                continue;
            }

            var target = Nearest(rows, i, em);
            if (target is null)
            {
                continue;
            }

            if (BodyRow.Compare(r.Page, r.YCenter, target.Page, target.YCenter) < 0)
            {
                target.Values.InsertRange(0, r.Values);
            }
            else
            {
                target.Values.AddRange(r.Values);
            }

            rows.RemoveAt(i);
            i--;
        }
    }

    /// <summary>The nearer of the rows just above and below that the row's values continue, if any.</summary>
    private static BodyRow? Nearest(List<BodyRow> rows, int i, double em)
    {
        BodyRow? best = null;
        var distance = 1.5 * em;
        foreach (var k in new[] { i - 1, i + 1 })
        {
            if (k < 0 || k >= rows.Count || rows[k].Page != rows[i].Page)
            {
                continue;
            }

            var d = Math.Abs(rows[k].YCenter - rows[i].YCenter);
            if (d < distance && rows[i].Values.TrueForAll(v => rows[k].Values.Exists(w => w.Kind == PdfItemKind.Value && w.Box.XOverlapRatio(v.Box) > 0)))
            {
                best = rows[k];
                distance = d;
            }
        }

        return best;
    }
}

using Gongkai.Labels;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Gives each row of a table its labels. Lines of one label cell are joined first (a line close under another in
/// the same place that starts with no numbering goes on with it); a label whose middle stands level with a row's
/// values is that row's. A label beside no row but beside rows whose labels start further right is a merged cell
/// spanning them ("（三）不予公开", the vertical "三、本年度办理结果"): it is put on the first row it spans, as a
/// text copy of the table shows it. Any other label is a row of its own with nothing printed in it.
/// </summary>
internal static class LabelLayout
{
    public static List<BodyRow> Assign(List<BodyRow> rows, List<PdfItem> labelItems, double em)
    {
        var blocks = Join(labelItems, em);
        var unaligned = new List<LabelBlock>();
        foreach (var b in blocks)
        {
            if (b.IsVertical || !TryAlign(rows, b, em))
            {
                if (!b.IsVertical && b.Lines.Count > 1)
                {
                    // two labels joined by mistake: try the lines one by one
                    LabelBlock? open = null;
                    foreach (var single in b.Singles())
                    {
                        if (TryAlign(rows, single, em))
                        {
                            open = null;
                            continue;
                        }

                        if (open is not null && single.Prefix.IsNone)
                        {
                            open.Add(single.Lines[0]);
                            continue;
                        }

                        open = single;
                        unaligned.Add(single);
                    }

                    continue;
                }

                unaligned.Add(b);
            }
        }

        var all = new List<BodyRow>(rows);
        var spanning = new List<LabelBlock>();
        foreach (var b in unaligned)
        {
            if (all.Count > 0 && (b.IsVertical || HasDeeperNeighbour(rows, b, em)))
            {
                spanning.Add(b);
            }
            else
            {
                var row = new BodyRow(b.Page, b.YCenter, b.Box);
                row.Labels.Add(b);
                all.Add(row);
            }
        }

        all.Sort((a, b) => BodyRow.Compare(a.Page, a.YCenter, b.Page, b.YCenter));
        SpanStarts.Assign(all, spanning, em);
        foreach (var r in all)
        {
            r.Labels.Sort((a, b) => a.Level.CompareTo(b.Level));
        }

        return all;
    }

    /// <summary>Joins lines of one label cell: close under one another, overlapping, and the next not numbered.</summary>
    internal static List<LabelBlock> Join(List<PdfItem> items, double em)
    {
        var sorted = new List<PdfItem>(items);
        sorted.Sort((a, b) => BodyRow.Compare(a.Page, a.YCenter, b.Page, b.YCenter));
        var blocks = new List<LabelBlock>();
        foreach (var item in sorted)
        {
            if (item.Kind == PdfItemKind.Vertical)
            {
                blocks.Add(new LabelBlock(item));
                continue;
            }

            LabelBlock? target = null;
            if (LabelBlock.NumberingOf(item.Text).IsNone)
            {
                for (var k = blocks.Count - 1; k >= 0; k--)
                {
                    var b = blocks[k];
                    if (b.IsVertical || b.Page != item.Page)
                    {
                        continue;
                    }

                    var last = b.Last;
                    var below = item.YCenter - last.YCenter;
                    if (below > 0.4 * em && below <= 1.55 * em && last.Box.XOverlapRatio(item.Box) >= 0.3 && item.Box.XMin >= b.Box.XMin - (0.5 * em))
                    {
                        target = b;
                        break;
                    }
                }
            }

            if (target is null)
            {
                blocks.Add(new LabelBlock(item));
            }
            else
            {
                target.Add(item);
            }
        }

        return blocks;
    }

    /// <summary>Puts a label on the row whose values stand level with its middle, if there is one.</summary>
    private static bool TryAlign(List<BodyRow> rows, LabelBlock b, double em)
    {
        BodyRow? best = null;
        var bestD = double.MaxValue;
        foreach (var r in rows)
        {
            if (r.Page != b.Page || r.Values.Count == 0)
            {
                continue;
            }

            var d = Math.Abs(r.YCenter - b.YCenter);
            if (d < bestD)
            {
                bestD = d;
                best = r;
            }
        }

        if (best is null || bestD > 0.6 * em)
        {
            return false;
        }

        best.Labels.Add(b);
        return true;
    }

    /// <summary>Whether the rows just above or below the label have labels starting further right than it does.</summary>
    private static bool HasDeeperNeighbour(List<BodyRow> rows, LabelBlock b, double em)
    {
        BodyRow? above = null;
        BodyRow? below = null;
        foreach (var r in rows)
        {
            if (r.Labels.Count == 0)
            {
                continue;
            }

            if (BodyRow.Compare(r.Page, r.YCenter, b.Page, b.YCenter) < 0)
            {
                above = r;
            }
            else
            {
                below ??= r;
            }
        }

        return (above is not null && above.LeafLevel > b.Level + (0.5 * em))
            || (below is not null && below.LeafLevel > b.Level + (0.5 * em));
    }

    /// <summary>A first sub-row: numbered 1 ("1.", "（1）").</summary>
    internal static bool StartsNumbering(BodyRow row)
    {
        LabelBlock? deepest = null;
        foreach (var l in row.Labels)
        {
            if (deepest is null || l.Level > deepest.Level)
            {
                deepest = l;
            }
        }

        if (deepest is null)
        {
            return false;
        }

        var p = deepest.Prefix;
        return !p.IsNone && p.Number == 1 && p.Style != LabelPrefixStyle.Top;
    }
}

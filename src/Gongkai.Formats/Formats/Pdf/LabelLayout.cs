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
    /// <param name="lineStep">How far apart two lines of one cell may stand (<see cref="PdfTableBuilder"/>).</param>
    public static List<BodyRow> Assign(List<BodyRow> rows, List<PdfItem> labelItems, double em, double lineStep)
    {
        var blocks = Join(labelItems, em, lineStep);
        var pending = new List<LabelBlock>();
        foreach (var b in blocks)
        {
            if (b.IsVertical || !TryAlign(rows, b, em))
            {
                pending.Add(b);
            }
        }

        // with every label that stands level with a row placed, the others are merged cells or mistakes
        var unaligned = new List<LabelBlock>();
        foreach (var b in pending)
        {
            if (b.IsVertical || b.Lines.Count == 1 || HasDeeperNeighbour(rows, b, em))
            {
                unaligned.Add(b);
                continue;
            }

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
        }

        // a label beside a row whose own label starts further right is a merged cell level with one of its rows
        // (often the middle one): its span is found below like any other
        foreach (var r in rows)
        {
            var leaf = r.LeafLevel;
            for (var k = r.Labels.Count - 1; k >= 0; k--)
            {
                if (r.Labels[k].Level < leaf - (0.5 * em))
                {
                    unaligned.Add(r.Labels[k]);
                    r.Labels.RemoveAt(k);
                }
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
    internal static List<LabelBlock> Join(List<PdfItem> items, double em, double joinLimit)
    {
        var sorted = new List<PdfItem>(items);
        sorted.Sort((a, b) => BodyRow.Compare(a.Page, a.YCenter, b.Page, b.YCenter));
        var blocks = new List<LabelBlock>();
        for (var index = 0; index < sorted.Count; index++)
        {
            var item = sorted[index];
            if (item.Kind == PdfItemKind.Vertical)
            {
                blocks.Add(new LabelBlock(item));
                continue;
            }

            LabelBlock? target = null;
            if (LabelBlock.NumberingOf(item.Text).IsNone)
            {
                // the cell's previous line is among the last few labels read (a table has a handful of label columns)
                for (var k = blocks.Count - 1; k >= Math.Max(0, blocks.Count - 32); k--)
                {
                    var b = blocks[k];
                    if (b.IsVertical)
                    {
                        continue;
                    }

                    var last = b.Last;
                    var below = item.YCenter - last.YCenter;
                    var sameColumn = last.Box.XOverlapRatio(item.Box) >= 0.3 && item.Box.XMin >= b.Box.XMin - (0.5 * em);
                    if (sameColumn && last.Page == item.Page && below > 0.4 * em && below <= joinLimit)
                    {
                        target = b;
                        break;
                    }

                    // a cell broken by a page break: the last line of its column on one page, the first on the next
                    if (sameColumn && item.Page == last.Page + 1 && IsFirstInColumn(sorted, index, item) && IsLastInColumn(sorted, last))
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

    /// <summary>Nothing below it on its page in its column (looked for among the next few labels only).</summary>
    private static bool IsLastInColumn(List<PdfItem> sorted, PdfItem item)
    {
        var at = sorted.IndexOf(item);
        for (var i = at + 1; i < sorted.Count && i <= at + 16 && sorted[i].Page == item.Page; i++)
        {
            if (sorted[i].Box.XOverlapRatio(item.Box) >= 0.3)
            {
                return false;
            }
        }

        return at + 16 >= sorted.Count || sorted[Math.Min(sorted.Count - 1, at + 16)].Page != item.Page;
    }

    /// <summary>Nothing above it on its page in its column, and among the first few labels of its page.</summary>
    private static bool IsFirstInColumn(List<PdfItem> sorted, int at, PdfItem item)
    {
        for (var i = at - 1; i >= 0 && sorted[i].Page == item.Page; i--)
        {
            if (at - i > 16 || sorted[i].Box.XOverlapRatio(item.Box) >= 0.3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Puts a label on the one row whose values stand level with one of its lines: its middle when the cell's text is
    /// centred (WPS, Chromium), its first line when it is set at the top (LibreOffice, Word). A label level with two
    /// rows or more is a merged cell, and level with none it is one too or a row without values.
    /// </summary>
    private static bool TryAlign(List<BodyRow> rows, LabelBlock b, double em)
    {
        var tolerance = 0.6 * em;
        var top = double.MaxValue;
        var bottom = double.MinValue;
        foreach (var line in b.Lines)
        {
            if (line.Page == b.Page)
            {
                top = Math.Min(top, line.YCenter);
                bottom = Math.Max(bottom, line.YCenter);
            }
        }

        BodyRow? found = null;
        foreach (var r in rows)
        {
            if (r.Page != b.Page || r.Values.Count == 0 || r.YCenter < top - tolerance || r.YCenter > bottom + tolerance)
            {
                continue;
            }

            if (found is not null)
            {
                return false;
            }

            found = r;
        }

        if (found is null)
        {
            return false;
        }

        found.Labels.Add(b);
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

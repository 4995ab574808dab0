namespace Gongkai.Formats.Pdf;

/// <summary>
/// Cuts a printed table into parts, each a header and the rows under it: table 一 has four, one per 第二十条 item, and
/// a header repeated on a new page starts another. A part ends where text over the columns follows its rows of values,
/// or, in a part with no value at all (every cell blank), its rows of labels.
/// </summary>
internal static class TableParts
{
    /// <summary>The parts, in order.</summary>
    public static List<TablePart> Cut(List<PdfBand> bands, double em)
    {
        var parts = new List<TablePart>();
        var part = new TablePart();
        parts.Add(part);

        // the values' left edge over all parts so far: a part whose first columns are blank starts further right,
        // and the next part's title over the columns must still end it
        var valueLeft = double.MaxValue;
        foreach (var band in bands)
        {
            if (band.HasValue)
            {
                if (!part.HasValues)
                {
                    TakeLeadingLabels(part, Math.Min(valueLeft, ValueLeftOf(band)), em);
                }

                part.Body.Add(band);
                part.HasValues = true;
                foreach (var i in band.Items)
                {
                    if (i.Kind == PdfItemKind.Value)
                    {
                        part.ValueLeft = Math.Min(part.ValueLeft, i.Box.XMin);
                        valueLeft = Math.Min(valueLeft, i.Box.XMin);
                    }
                }
            }
            else if (!part.HasValues && !(Over(band, valueLeft, em) && EndsWithRows(part, valueLeft, em, band)))
            {
                part.Header.Add(band);
            }
            else if (!band.IsVertical && (Over(band, valueLeft, em) || OverColumnHeader(band, part, em)))
            {
                // text over the columns after rows of values (or of labels only): the header of the next part
                TakeRows(part, valueLeft, em);
                part = new TablePart { TableValueLeft = valueLeft };
                part.Header.Add(band);
                parts.Add(part);
            }
            else
            {
                part.Body.Add(band);
            }
        }

        TakeRows(part, valueLeft, em);
        return parts;
    }

    /// <summary>
    /// Whether text after rows of values stands over one of the part's column headers (one after the first on its
    /// header line, right of the part's labels): the next part's title over a first column blank in every row
    /// ("第二十条第（五）项" over "本年新制作数量", left of every value).
    /// </summary>
    private static bool OverColumnHeader(PdfBand band, TablePart part, double em)
    {
        var labelRight = double.MinValue;
        foreach (var b in part.Body)
        {
            foreach (var i in b.Items)
            {
                if (i.Kind != PdfItemKind.Value && i.Box.XMax < part.ValueLeft)
                {
                    labelRight = Math.Max(labelRight, i.Box.XMax);
                }
            }
        }

        foreach (var h in part.Header)
        {
            for (var k = 1; k < h.Items.Count; k++)
            {
                var head = h.Items[k].Box;
                if (head.XMin > labelRight + em && band.Items.Exists(i => Math.Min(i.Box.XMax, head.XMax) - Math.Max(i.Box.XMin, head.XMin) > 0.5 * em))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Over(PdfBand band, double valueLeft, double em) => band.Items.Exists(i => i.Box.XMax > valueLeft + (0.1 * em));

    /// <summary>
    /// Whether a part with no values so far ends with rows: lines wholly in the label column, below text over the
    /// columns, with no header text over the columns level with them (the 勾稽关系 note beside "总计" is the
    /// header's). A part whose every cell is blank ("行政事业性收费" under "本年收费金额") has only such rows. The
    /// band that follows counts as header text level with them too: a wrapped note's first line stands between
    /// "法人或其他组织" and the columns' own headers, less than an em from either.
    /// </summary>
    private static bool EndsWithRows(TablePart part, double valueLeft, double em, PdfBand next) => RowCount(part, valueLeft, em, next) > 0;

    private static int RowCount(TablePart part, double valueLeft, double em, PdfBand? next = null)
    {
        if (part.HasValues || valueLeft == double.MaxValue)
        {
            return 0;
        }

        var n = 0;
        for (var k = part.Header.Count - 1; k > 0; k--)
        {
            var band = part.Header[k];
            if (band.IsVertical || Over(band, valueLeft, em) || part.Header.Exists(h => LevelWith(h, band, valueLeft, em)) || (next is not null && LevelWith(next, band, valueLeft, em)))
            {
                break;
            }

            n++;
        }

        return n < part.Header.Count && part.Header.GetRange(0, part.Header.Count - n).Exists(h => Over(h, valueLeft, em)) ? n : 0;
    }

    /// <summary>Header text over the columns standing level with a line of the label area (within 0.8 em).</summary>
    private static bool LevelWith(PdfBand header, PdfBand band, double valueLeft, double em) =>
        Over(header, valueLeft, em) && header.Page == band.Page && Math.Abs(header.YCenter - band.YCenter) <= 0.8 * em;

    /// <summary>
    /// Moves to the body the lines that end a part's header below all of its text over the columns: the first lines of
    /// a label whose values stand lower, centred in its cell ("2.申请人逾期未按收费通知" over "要求缴纳费用…" and the
    /// row's numbers, first on a page under a repeated header).
    /// </summary>
    private static void TakeLeadingLabels(TablePart part, double valueLeft, double em)
    {
        var lowest = double.MinValue;
        var page = 0;
        foreach (var h in part.Header)
        {
            if (Over(h, valueLeft, em))
            {
                lowest = h.YCenter;
                page = h.Page;
            }
        }

        var n = 0;
        for (var k = part.Header.Count - 1; k > 0; k--)
        {
            var band = part.Header[k];
            if (Over(band, valueLeft, em) || band.Page != page || band.YCenter <= lowest + (0.8 * em))
            {
                break;
            }

            n++;
        }

        if (n > 0)
        {
            part.Body.AddRange(part.Header.GetRange(part.Header.Count - n, n));
            part.Header.RemoveRange(part.Header.Count - n, n);
        }
    }

    private static double ValueLeftOf(PdfBand band)
    {
        var left = double.MaxValue;
        foreach (var i in band.Items)
        {
            if (i.Kind == PdfItemKind.Value)
            {
                left = Math.Min(left, i.Box.XMin);
            }
        }

        return left;
    }

    /// <summary>Moves the rows of a part with no values from its header to its body.</summary>
    private static void TakeRows(TablePart part, double valueLeft, double em)
    {
        var n = RowCount(part, valueLeft, em);
        if (n > 0)
        {
            part.Body.AddRange(part.Header.GetRange(part.Header.Count - n, n));
            part.Header.RemoveRange(part.Header.Count - n, n);
        }
    }

    /// <summary>
    /// The smallest distance between two bands with values on one page; with no two such (table 一 across a page
    /// break, every part of one row), between a band with values and a header line right above it, which stands a
    /// row above it in a table of one-line rows; 0 when there is neither.
    /// </summary>
    public static double Pitch(List<PdfBand> bands, double em)
    {
        var pitch = double.MaxValue;
        var underHeader = double.MaxValue;
        for (var k = 1; k < bands.Count; k++)
        {
            var (a, b) = (bands[k - 1], bands[k]);
            if (!b.HasValue || a.Page != b.Page || b.YCenter - a.YCenter < 0.5 * em)
            {
                continue;
            }

            if (a.HasValue)
            {
                pitch = Math.Min(pitch, b.YCenter - a.YCenter);
            }
            else if (!a.IsVertical && a.Items.Count >= 2)
            {
                underHeader = Math.Min(underHeader, b.YCenter - a.YCenter);
            }
        }

        return pitch != double.MaxValue ? pitch : underHeader != double.MaxValue ? underHeader : 0;
    }
}

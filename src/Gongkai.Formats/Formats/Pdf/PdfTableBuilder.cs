namespace Gongkai.Formats.Pdf;

/// <summary>
/// Rebuilds one printed table from its bands. The table is cut into parts, each a header and the rows under it (table
/// 一 has four, one per 第二十条 item; a header repeated on a new page starts another). In each part the header
/// gives the columns (<see cref="HeaderLayout"/>) and the labels are matched to rows (<see cref="LabelLayout"/>).
/// When every part has column headers the table is a grid: labels first, padded to one width, then one cell per
/// column (a value under no header is not placed: see <see cref="Columns"/>). A part without any column header
/// trusts no position: the table's rows then list their labels and values left to right.
/// </summary>
internal static class PdfTableBuilder
{
    /// <summary>
    /// The table, or when a part has no column header, its header rows and its body rows as separate tables
    /// of rows in x order: the assembler then takes no column position from the header, which no longer matches the
    /// rows, and places values by label and count only.
    /// </summary>
    /// <param name="lineSpacing">The document's distance between lines of running text, in ems of its font.</param>
    public static List<PdfTable> Build(List<PdfBand> bands, double em, double lineSpacing)
    {
        RepeatedHeaders.Drop(bands, em);
        LabelColumns.Split(bands, em);
        var rows = new List<BuiltRow>();
        var grid = true;
        var pitch = TableParts.Pitch(bands, em);
        foreach (var part in TableParts.Cut(bands, em))
        {
            grid &= BuildPart(part, em, lineSpacing, pitch, rows);
        }

        var width = 0;
        foreach (var r in rows)
        {
            width = Math.Max(width, r.Labels.Count);
        }

        var page = bands.Count > 0 ? bands[0].Page : 1;
        var tables = new List<PdfTable>();
        var current = new List<PdfRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (labels, values, isHeader) = rows[i];
            if (!grid && i > 0 && isHeader != rows[i - 1].IsHeader && current.Count > 0)
            {
                tables.Add(new PdfTable(current, false, page));
                current = [];
            }

            var cells = new List<PdfCell>(width + values.Count);
            cells.AddRange(labels);
            if (grid)
            {
                while (cells.Count < width)
                {
                    cells.Add(PdfCell.Empty);
                }

                cells.AddRange(values);
            }
            else
            {
                cells.AddRange(values.Where(v => v.Text.Length > 0));
            }

            current.Add(new PdfRow(cells));
        }

        if (current.Count > 0)
        {
            tables.Add(new PdfTable(current, grid, page));
        }

        return tables;
    }

    /// <summary>Adds the part's header rows and body rows; false when its header gave no column at all.</summary>
    private static bool BuildPart(TablePart part, double em, double lineSpacing, double tablePitch, List<BuiltRow> output)
    {
        var valueLeft = part.HasValues ? part.ValueLeft : part.TableValueLeft;
        var left = valueLeft == double.MaxValue ? double.MaxValue : valueLeft + (0.1 * em);
        var values = new List<PdfItem>();
        var rows = new List<BodyRow>();
        var labels = new List<PdfItem>();
        var unlabelled = new HashSet<BodyRow>();
        foreach (var band in part.Body)
        {
            if (!band.HasValue)
            {
                labels.AddRange(band.Items);
                continue;
            }

            BodyRow? row = null;
            foreach (var item in band.Items)
            {
                if (item.Kind == PdfItemKind.Value || item.Box.XMax > left)
                {
                    row ??= new BodyRow(band.Page, ValueCentre(band), band.Box);
                    row.Values.Add(item);
                    if (item.Kind == PdfItemKind.Value)
                    {
                        values.Add(item);
                    }
                }
                else
                {
                    labels.Add(item);
                }
            }

            if (row is not null)
            {
                rows.Add(row);
                if (row.Values.Count == band.Items.Count)
                {
                    unlabelled.Add(row);
                }
            }
        }

        WrappedValues.Merge(rows, unlabelled, em);

        // the header's label area ends midway between the row labels' right edge and the values' left edge: numbers
        // set right in wide cells leave a column's centred header left of every value
        var labelRight = 0.0;
        foreach (var l in labels)
        {
            labelRight = Math.Max(labelRight, l.Box.XMax);
        }

        var boundary = labelRight > 0 && left != double.MaxValue ? (labelRight + left) / 2 : left;
        var words = new List<HeaderWord>();
        var headerLabels = new List<PdfItem>();
        foreach (var band in part.Header)
        {
            var labelHeader = false;
            foreach (var item in band.Items)
            {
                // right of the label area's header on its line, clear of the labels: a column's header over no value
                // ("上一年项目数量" over a blank column, beside "信息内容"), however far left the values start
                var beside = labelHeader && item.Box.XMin > labelRight + em;
                if (item.Box.XMax <= left && item.Box.XCenter <= boundary && !beside)
                {
                    labelHeader = true;
                    headerLabels.Add(item);
                }
                else if (item.Kind == PdfItemKind.Vertical)
                {
                    words.Add(new HeaderWord(item.Text, item.Box, item.Page));
                }
                else
                {
                    foreach (var w in item.Words)
                    {
                        words.Add(new HeaderWord(w.Text, w.Box, item.Page));
                    }
                }
            }
        }

        var step = LineStep(rows, em, lineSpacing, tablePitch);
        var header = HeaderLayout.Build(words, values, em, step);
        var all = LabelLayout.Assign(rows, labels, em, step);
        var hasHeader = header.Count > 0 && Array.Exists(header.Leaves, l => l is not null);
        HeaderRows.Write(header, headerLabels, em, step, output);
        foreach (var row in all)
        {
            var labelCells = new List<PdfCell>();
            foreach (var s in row.Spanning)
            {
                labelCells.Add(new PdfCell(s.Text, s.Anchor));
            }

            foreach (var l in row.Labels)
            {
                labelCells.Add(new PdfCell(l.Text, l.Anchor));
            }

            output.Add(new BuiltRow(labelCells, hasHeader ? Columns(row, header) : InOrder(row), IsHeader: false));
        }

        return hasHeader;
    }

    /// <summary>
    /// One cell per column, each value in the column whose header it stands under. A value under no header is not
    /// put anywhere: the row's cells that received nothing (any of which it may belong to) are marked unplaced and
    /// read as unreadable, showing it; with no cell free (more values than columns), all of them are.
    /// </summary>
    private static List<PdfCell> Columns(BodyRow row, HeaderLayout header)
    {
        var texts = new string?[header.Count];
        var anchors = new PdfAnchor?[header.Count];
        var loose = new List<PdfItem>();
        foreach (var v in row.Values)
        {
            if (header.Place(v) is { } col)
            {
                texts[col] = texts[col] is null ? v.Text : texts[col] + " " + v.Text;
                anchors[col] ??= v.Anchor;
            }
            else
            {
                loose.Add(v);
            }
        }

        var grid = header.Grid;
        var cells = new List<PdfCell>(grid.Length);
        foreach (var c in grid)
        {
            cells.Add(texts[c] is { } t ? new PdfCell(t, anchors[c]) : new PdfCell(string.Empty, new PdfAnchor(row.Page, header.Left(c), row.Box.YMin)));
        }

        if (loose.Count == 0)
        {
            return cells;
        }

        var shown = string.Join(" ", loose.Select(v => v.Text));
        var free = Enumerable.Range(0, grid.Length).Where(i => texts[grid[i]] is null).ToArray();
        foreach (var i in free.Length > 0 ? free : Enumerable.Range(0, grid.Length))
        {
            cells[i] = new PdfCell(texts[grid[i]] ?? shown, anchors[grid[i]] ?? loose[0].Anchor) { Unplaced = true };
        }

        return cells;
    }

    /// <summary>The values left to right, for a part whose header gave no column.</summary>
    private static List<PdfCell> InOrder(BodyRow row)
    {
        var ordered = new List<PdfItem>(row.Values);
        ordered.Sort((a, b) => a.Box.XMin.CompareTo(b.Box.XMin));
        return [.. ordered.Select(v => new PdfCell(v.Text, v.Anchor))];
    }

    /// <summary>
    /// How far apart two lines of one cell may stand: closer than rows of values stand (85% of the smallest distance
    /// between two in the part, or with fewer than two rows in the part, in the whole table: table 一's parts of one
    /// row of values and one blank row must not join the two labels), or without two rows to compare, a little more
    /// than the document's line spacing. Never less than 1.5 em (the usual line) nor more than 3 em (double spacing).
    /// </summary>
    private static double LineStep(List<BodyRow> rows, double em, double lineSpacing, double tablePitch)
    {
        var pitch = RowPitch(rows, em);
        pitch = pitch > 0 ? pitch : tablePitch;
        var step = pitch > 0 ? 0.85 * pitch : 1.2 * lineSpacing * em;
        return Math.Clamp(step, 1.5 * em, 3 * em);
    }

    /// <summary>The smallest distance between two rows of values on one page.</summary>
    private static double RowPitch(List<BodyRow> rows, double em)
    {
        var pitch = double.MaxValue;
        for (var i = 1; i < rows.Count; i++)
        {
            var d = rows[i].YCenter - rows[i - 1].YCenter;
            if (rows[i].Page == rows[i - 1].Page && d >= 0.5 * em)
            {
                pitch = Math.Min(pitch, d);
            }
        }

        return pitch == double.MaxValue ? 0 : pitch;
    }

    private static double ValueCentre(PdfBand band)
    {
        double sum = 0;
        var n = 0;
        foreach (var i in band.Items)
        {
            if (i.Kind == PdfItemKind.Value)
            {
                sum += i.YCenter;
                n++;
            }
        }

        return n == 0 ? band.YCenter : sum / n;
    }
}

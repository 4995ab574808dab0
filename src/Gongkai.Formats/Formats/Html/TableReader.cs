using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using Gongkai.Formats.Layout;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>
/// Reads a data table into a grid: rowspan and colspan are expanded so that every position a merged cell covers holds
/// that cell (same text, same <see cref="SourceRef"/>, so the assembler can tell one printed cell from two equal ones),
/// and positions are columns that can be trusted (<see cref="LayoutTable.IsGrid"/>). Spans are clipped at the table's
/// end and at <see cref="PageLimits.MaxColumns"/>, as browsers clip them.
/// </summary>
internal sealed class TableReader(SourceText lines, InlineReader cells, PageLimits limits)
{
    /// <summary>The table's grid, or null when it has no row with a cell.</summary>
    /// <param name="number">The table's number among the page's &lt;table&gt; elements, for anchors ("table 2, row 5, cell 3").</param>
    public LayoutTable? Read(IElement table, int number, int depth)
    {
        var rows = Rows(table);
        var grid = new List<LayoutCell?>[rows.Count];
        var rowRefs = new SourceRef[rows.Count];
        var cut = false;
        for (var r = 0; r < rows.Count && !cut; r++)
        {
            grid[r] ??= [];
            var tr = rows[r];
            var col = 0;
            var cellNumber = 0;
            var rowEnd = Math.Max(0, HtmlPositions.StartOf(tr));
            foreach (var td in tr.Children)
            {
                if (td.LocalName is not ("td" or "th"))
                {
                    continue;
                }

                cellNumber++;
                if (ElementRules.IsHidden(td) || !limits.CountElement())
                {
                    continue;
                }

                var anchor = string.Create(CultureInfo.InvariantCulture, $"table {number}, row {r + 1}, cell {cellNumber}");
                var run = cells.Read(td, depth + 3);
                var where = run.Span is { } span ? lines.GetRef(span, anchor) : HtmlPositions.Empty(lines, td, anchor);
                rowEnd = Math.Max(rowEnd, where.Span.End);
                var cell = new LayoutCell(run.Text, where, run.Raw);

                while (col < grid[r].Count && grid[r][col] is not null)
                {
                    col++;
                }

                var rowspan = Span(td.GetAttribute("rowspan"), rows.Count - r, zeroIsMax: true);
                var colspan = Math.Min(Span(td.GetAttribute("colspan"), 1000, zeroIsMax: false), PageLimits.MaxColumns - col);
                if (colspan <= 0 || !limits.ReserveCells(rowspan * colspan))
                {
                    limits.CellsCut();
                    cut = colspan > 0;
                    break;
                }

                for (var dr = 0; dr < rowspan; dr++)
                {
                    var row = grid[r + dr] ??= [];
                    while (row.Count < col + colspan)
                    {
                        row.Add(null);
                    }

                    for (var dc = 0; dc < colspan; dc++)
                    {
                        // a cell already there (two spans overlapping) keeps its place, as in browsers
                        row[col + dc] ??= cell;
                    }
                }

                col += colspan;
            }

            var trStart = Math.Max(0, HtmlPositions.StartOf(tr));
            rowRefs[r] = lines.GetRef(TextSpan.FromBounds(trStart, Math.Max(trStart, rowEnd)), string.Create(CultureInfo.InvariantCulture, $"table {number}, row {r + 1}"));
        }

        var built = ImmutableArray.CreateBuilder<LayoutRow>(rows.Count);
        var tableEnd = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            if (grid[r] is not { Count: > 0 } row)
            {
                continue;
            }

            var where = rowRefs[r].IsNone ? lines.GetRef(new TextSpan(Math.Max(0, HtmlPositions.StartOf(rows[r])), 0)) : rowRefs[r];
            var filled = new LayoutCell[row.Count];
            for (var c = 0; c < row.Count; c++)
            {
                filled[c] = row[c] ?? new LayoutCell(string.Empty, where with { Span = new TextSpan(where.Span.Start, 0) });
            }

            tableEnd = Math.Max(tableEnd, where.Span.End);
            built.Add(new LayoutRow(ImmutableCollectionsMarshalAs(filled), where));
        }

        if (built.Count == 0)
        {
            return null;
        }

        var start = Math.Max(0, HtmlPositions.StartOf(table));
        var tableWhere = lines.GetRef(TextSpan.FromBounds(start, Math.Max(start, tableEnd)), string.Create(CultureInfo.InvariantCulture, $"table {number}"));
        return new LayoutTable(built.ToImmutable(), tableWhere, IsGrid: true);
    }

    /// <summary>The table's own rows in order: &lt;tr&gt; children of the table and of its row groups, hidden ones left out.</summary>
    private static List<IElement> Rows(IElement table)
    {
        var rows = new List<IElement>();
        foreach (var child in table.Children)
        {
            if (ElementRules.IsHidden(child))
            {
                continue;
            }

            if (child.LocalName == "tr")
            {
                rows.Add(child);
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var tr in child.Children)
                {
                    if (tr.LocalName == "tr" && !ElementRules.IsHidden(tr))
                    {
                        rows.Add(tr);
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// A rowspan or colspan: leading digits as HTML parses them, at most <paramref name="max"/>; 0 is "to the end" for a
    /// rowspan and 1 for a colspan.
    /// </summary>
    private static int Span(string? value, int max, bool zeroIsMax)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }

        var s = value.AsSpan().Trim();
        long n = 0;
        var digits = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) || digits >= 9)
            {
                break;
            }

            n = (n * 10) + (c - '0');
            digits++;
        }

        return digits == 0 ? 1 : n == 0 ? (zeroIsMax ? Math.Max(1, max) : 1) : n > max ? Math.Max(1, max) : (int)n;
    }

    private static ImmutableArray<LayoutCell> ImmutableCollectionsMarshalAs(LayoutCell[] cells) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells);
}

using Gongkai.Formats.Layout;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Places the values of a row in its columns. It uses, in order: header positions when cell positions are reliable
/// (grids); the count of values once empty cells at both ends are dropped; header positions that every value agrees
/// with; a count of cells after the label equal to the count of columns. When none of these settles it, the row is
/// not guessed: the caller marks its cells unreadable.
/// </summary>
/// <remarks>
/// In a grid a merged cell fills every column it covers with the same cell (same <see cref="SourceRef"/>): it is one
/// printed value. Counting values counts it once ("行政许可 | 2629 (colspan 3)" is one value), and placing by
/// position never gives one printed value to two columns.
/// </remarks>
internal static class ValueAligner
{
    public readonly record struct Placed(CellValue Value, SourceRef Where, string? Unit);

    [ThreadStatic]
    private static ParsedCell[]? t_parsed;

    [ThreadStatic]
    private static Placed[]? t_placed;

    [ThreadStatic]
    private static int[]? t_distinct;

    /// <summary>
    /// The placed values, or null when they cannot be placed. The array is a per-thread buffer, valid until the next
    /// call on the same thread; its first <paramref name="expected"/> entries are the row's.
    /// </summary>
    /// <param name="headerIndices">For each column, the cell index of its header in the printed table, or null.</param>
    public static Placed[]? Align(RowRecord row, int expected, int?[]? headerIndices)
    {
        var values = row.Values;
        var parsed = t_parsed is { } tp && tp.Length >= values.Length ? tp : t_parsed = new ParsedCell[Math.Max(32, values.Length)];

        // the printed cells: in a grid, positions that repeat the cell to their left are the same printed cell
        var distinct = t_distinct is { } td && td.Length >= values.Length ? td : t_distinct = new int[Math.Max(32, values.Length)];
        var n = 0;
        int first = -1, last = -1;
        for (var k = 0; k < values.Length; k++)
        {
            if (row.IsGrid && k > 0 && values[k].Where == values[k - 1].Where)
            {
                parsed[k] = parsed[k - 1];
                continue;
            }

            parsed[k] = values[k].Unplaced ? new ParsedCell(CellValue.Unreadable(values[k].Text), null) : CellParser.Parse(values[k].Text);
            if (values[k].Text.Length > 0)
            {
                if (first < 0)
                {
                    first = n;
                }

                last = n;
            }

            distinct[n++] = k;
        }

        var placed = t_placed is { } tq && tq.Length >= expected ? tq : t_placed = new Placed[Math.Max(32, expected)];
        if (first < 0)
        {
            // a labelled row with nothing after it: present and empty
            for (var j = 0; j < expected; j++)
            {
                placed[j] = new Placed(CellValue.Blank(), j < values.Length ? values[j].Where : EndOf(row.Where), null);
            }

            return placed;
        }

        var allHeaders = headerIndices is not null && headerIndices.Length == expected && Array.TrueForAll(headerIndices, h => h is not null);
        if (row.IsGrid && allHeaders && TryByPosition(row, parsed, headerIndices!, placed))
        {
            return placed;
        }

        var count = last - first + 1;
        if (count == expected)
        {
            for (var j = 0; j < expected; j++)
            {
                var k = distinct[first + j];
                placed[j] = new Placed(parsed[k].Value, values[k].Where, parsed[k].Unit);
            }

            return placed;
        }

        if (allHeaders && TryByPosition(row, parsed, headerIndices!, placed))
        {
            return placed;
        }

        // exactly as many cells after the label as there are columns: the empty ones are blanks
        // (a sub-row shifted by its merged group cell, "⇥⇥4.保护第三方合法权益⇥⇥⇥⇥⇥⇥⇥2")
        if (n == expected)
        {
            for (var j = 0; j < expected; j++)
            {
                var k = distinct[j];
                placed[j] = new Placed(parsed[k].Value, values[k].Where, parsed[k].Unit);
            }

            return placed;
        }

        return null;
    }

    private static SourceRef EndOf(SourceRef where) =>
        where.IsNone ? where : new SourceRef(new TextSpan(where.Span.End, 0), where.Line, where.Column + where.Span.Length, where.Anchor);

    private static bool TryByPosition(RowRecord row, ParsedCell[] parsed, int?[] headerIndices, Placed[] placed)
    {
        var values = row.Values;
        Span<bool> used = values.Length <= 256 ? stackalloc bool[values.Length] : new bool[values.Length];
        for (var j = 0; j < headerIndices.Length; j++)
        {
            // a header column left of the row's values means the row is shifted (merged cells): positions say nothing
            var k = headerIndices[j]!.Value - row.FirstValueIndex;
            if (k < 0)
            {
                return false;
            }

            if (k < values.Length)
            {
                // one printed value never fills two columns (a merged cell whose span does not match the header's)
                if (row.IsGrid && values[k].Text.Length > 0 && TakenByAnother(placed, j, values[k].Where))
                {
                    return false;
                }

                placed[j] = new Placed(parsed[k].Value, values[k].Where, parsed[k].Unit);
                used[k] = true;
            }
            else
            {
                // the line ends before this column: nothing was printed there
                placed[j] = new Placed(CellValue.Blank(), EndOf(row.Where), null);
            }
        }

        // every printed value must have found its column (a merged cell at any of its positions)
        for (var k = 0; k < values.Length; k++)
        {
            if (!used[k] && values[k].Text.Length > 0 && !(row.IsGrid && UsedElsewhere(values, used, k)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TakenByAnother(Placed[] placed, int column, SourceRef where)
    {
        for (var j = 0; j < column; j++)
        {
            if (placed[j].Where == where)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another position of the same merged cell was placed.</summary>
    private static bool UsedElsewhere(ReadOnlySpan<LayoutCell> values, Span<bool> used, int k)
    {
        for (var i = k - 1; i >= 0 && values[i].Where == values[k].Where; i--)
        {
            if (used[i])
            {
                return true;
            }
        }

        for (var i = k + 1; i < values.Length && values[i].Where == values[k].Where; i++)
        {
            if (used[i])
            {
                return true;
            }
        }

        return false;
    }
}

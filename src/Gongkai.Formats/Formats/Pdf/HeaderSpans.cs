namespace Gongkai.Formats.Pdf;

/// <summary>
/// Which columns each group header spans. Group headers are taken level by level from the top; at each level the
/// headers under one parent share the parent's columns in order, and the split is the one that puts each header's
/// centre nearest the centre of its columns (the text of a merged cell is centred in it). A header alone under its
/// parent takes the columns, around those it lies over, whose centre is nearest its own.
/// </summary>
internal static class HeaderSpans
{
    public static void Assign(HeaderLayout layout, List<HeaderCell> spanning)
    {
        if (spanning.Count == 0)
        {
            return;
        }

        var em = layout.Em;
        spanning.Sort((a, b) => a.Box.YCenter.CompareTo(b.Box.YCenter));
        var levels = new List<List<HeaderCell>>();
        foreach (var s in spanning)
        {
            if (levels.Count > 0 && s.Page == levels[^1][0].Page && s.Box.YCenter - levels[^1][0].Box.YCenter <= 0.6 * em)
            {
                levels[^1].Add(s);
            }
            else
            {
                levels.Add([s]);
            }
        }

        var spans = new List<(int A, int B, HeaderCell Cell)>();
        var n = layout.Count;
        foreach (var level in levels)
        {
            level.Sort((a, b) => a.Box.XCenter.CompareTo(b.Box.XCenter));
            var groups = new Dictionary<(int, int), List<HeaderCell>>();
            var order = new List<(int, int)>();
            foreach (var h in level)
            {
                var parent = (0, n - 1);
                var centre = layout.ColumnAt(h.Box.XCenter);
                for (var k = spans.Count - 1; k >= 0; k--)
                {
                    if (spans[k].A <= centre && centre <= spans[k].B)
                    {
                        parent = (spans[k].A, spans[k].B);
                        break;
                    }
                }

                if (!groups.TryGetValue(parent, out var g))
                {
                    groups[parent] = g = [];
                    order.Add(parent);
                }

                g.Add(h);
            }

            var placed = new List<(int A, int B, HeaderCell Cell)>();
            foreach (var p in order)
            {
                var siblings = groups[p];
                if (siblings.Count == 1)
                {
                    var (a, b) = Alone(layout, siblings[0], p.Item1, p.Item2);
                    placed.Add((a, b, siblings[0]));
                }
                else
                {
                    placed.AddRange(Partition(layout, siblings, p.Item1, p.Item2));
                }
            }

            spans.AddRange(placed);
            var row = new List<(int Start, HeaderCell Cell)>();
            foreach (var s in placed)
            {
                row.Add((s.A, s.Cell));
            }

            row.Sort((x, y) => x.Start.CompareTo(y.Start));
            layout.Levels.Add(row);
        }
    }

    private static double Centre(HeaderLayout layout, int a, int b) => (layout.Left(a) + layout.Right(b)) / 2;

    private static (int A, int B) Alone(HeaderLayout layout, HeaderCell h, int lo, int hi)
    {
        var min = Math.Max(lo, h.Covered.Count > 0 ? h.Covered.Min : lo);
        var max = Math.Min(hi, h.Covered.Count > 0 ? h.Covered.Max : hi);
        if (min > max)
        {
            min = max = Math.Clamp(layout.ColumnAt(h.Box.XCenter), lo, hi);
        }

        var best = (min, max);
        var bestCost = double.MaxValue;
        var x = h.Box.XCenter;
        for (var a = lo; a <= min; a++)
        {
            for (var b = max; b <= hi; b++)
            {
                var cost = Math.Abs(Centre(layout, a, b) - x);
                if (cost < bestCost - 0.5 || (Math.Abs(cost - bestCost) <= 0.5 && b - a > best.Item2 - best.Item1))
                {
                    bestCost = Math.Min(cost, bestCost);
                    best = (a, b);
                }
            }
        }

        return best;
    }

    /// <summary>Splits columns lo..hi into one run per sibling, in order, minimising the summed centre distances.</summary>
    private static List<(int A, int B, HeaderCell Cell)> Partition(HeaderLayout layout, List<HeaderCell> siblings, int lo, int hi)
    {
        var k = siblings.Count;
        var n = hi - lo + 1;
        if (n < k)
        {
            // fewer columns than headers: each takes the column it stands over
            var fallback = new List<(int, int, HeaderCell)>();
            foreach (var s in siblings)
            {
                var c = Math.Clamp(layout.ColumnAt(s.Box.XCenter), lo, hi);
                fallback.Add((c, c, s));
            }

            return fallback;
        }

        // cost[i, j]: the first i siblings over the first j columns
        var cost = new double[k + 1, n + 1];
        var from = new int[k + 1, n + 1];
        for (var i = 0; i <= k; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                cost[i, j] = double.MaxValue;
            }
        }

        cost[0, 0] = 0;
        for (var i = 1; i <= k; i++)
        {
            for (var j = i; j <= n - (k - i); j++)
            {
                for (var s = i - 1; s < j; s++)
                {
                    if (cost[i - 1, s] == double.MaxValue)
                    {
                        continue;
                    }

                    var c = cost[i - 1, s] + Math.Abs(Centre(layout, lo + s, lo + j - 1) - siblings[i - 1].Box.XCenter);
                    if (c < cost[i, j])
                    {
                        cost[i, j] = c;
                        from[i, j] = s;
                    }
                }
            }
        }

        var result = new List<(int, int, HeaderCell)>();
        var end = n;
        for (var i = k; i >= 1; i--)
        {
            var s = from[i, end];
            result.Add((lo + s, lo + end - 1, siblings[i - 1]));
            end = s;
        }

        result.Reverse();
        return result;
    }
}

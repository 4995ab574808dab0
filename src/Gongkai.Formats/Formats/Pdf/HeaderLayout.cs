namespace Gongkai.Formats.Pdf;

/// <summary>
/// The columns of one part of a table, from the geometry of its header and values. The values' horizontal extents,
/// overlapping from row to row, give the column seeds; each header word is put over the seed it lies above, and the
/// lowest group of words over a column is that column's header (its text from all its lines: "社会/公益/组织",
/// "总 计"). Words over several columns, and words higher up over one, head groups of columns ("行政诉讼",
/// "未经复议直接起诉"); since a merged cell's text is centred, a group's columns are those whose joint centre is its
/// centre. A value is then placed in the column whose header it stands under; one that stands under none is not
/// placed.
/// </summary>
internal sealed class HeaderLayout
{
    private readonly double _em;
    private readonly double _lineStep;
    private readonly Dictionary<PdfItem, int> _seedOf = new(ReferenceEqualityComparer.Instance);

    private HeaderLayout(double em, double lineStep)
    {
        _em = em;
        _lineStep = lineStep;
    }

    /// <summary>The values' horizontal extents, one per column, left to right.</summary>
    public List<(double XMin, double XMax)> Seeds { get; } = [];

    /// <summary>Each column's own header, or null when nothing was printed above it.</summary>
    public HeaderCell?[] Leaves { get; private set; } = [];

    /// <summary>Group headers, level by level from the top, each with the first column it spans.</summary>
    public List<List<(int Start, HeaderCell Cell)>> Levels { get; } = [];

    public int Count => Seeds.Count;

    /// <summary>The columns with a header of their own, left to right: the table's grid. A seed with no header (values
    /// printed under nothing) is no column of it; its values are not placed.</summary>
    public int[] Grid => [.. Enumerable.Range(0, Leaves.Length).Where(c => Leaves[c] is not null)];

    /// <summary>The grid position of a column, or of the first column with a header after it.</summary>
    public int GridIndex(int column)
    {
        var n = 0;
        for (var c = 0; c < column && c < Leaves.Length; c++)
        {
            n += Leaves[c] is null ? 0 : 1;
        }

        return n;
    }

    /// <summary>Whether a header was printed over every column.</summary>
    public bool IsComplete => Array.TrueForAll(Leaves, l => l is not null);

    public double Em => _em;

    /// <param name="lineStep">How far apart two lines of one header cell may stand.</param>
    public static HeaderLayout Build(List<HeaderWord> words, List<PdfItem> values, double em, double lineStep)
    {
        var h = new HeaderLayout(em, lineStep);
        h.BuildSeeds(values, words);
        h.Leaves = new HeaderCell?[h.Seeds.Count];
        if (h.Seeds.Count > 0)
        {
            h.BuildHeaders(words);
        }

        return h;
    }

    /// <summary>The column a value stands under, or null when its seed has no header or it lies outside the header's reach.</summary>
    public int? Place(PdfItem value)
    {
        if (!_seedOf.TryGetValue(value, out var s))
        {
            s = Nearest(value.Box.XCenter);
            if (s < 0 || !Under(s, value.Box))
            {
                return null;
            }
        }

        return Leaves[s] is not null && Under(s, value.Box) ? s : null;
    }

    /// <summary>
    /// Whether a value stands under a column's header: its centre within the header's extent, widened on each side to
    /// half the gap to the neighbouring column's header (a right-aligned number under a centred header still counts),
    /// or on the table's outer sides by the header's width, half the usual distance between columns, or an em, the
    /// most of these.
    /// </summary>
    private bool Under(int c, PdfBox box)
    {
        if (Leaves[c] is not { } leaf)
        {
            return false;
        }

        var outer = Math.Max(Math.Max(_em, leaf.Box.Width), HalfPitch());
        var left = outer;
        var right = outer;
        if (Neighbour(c, -1) is { } prev)
        {
            left = Math.Max(0, (leaf.Box.XMin - prev.Box.XMax) / 2);
        }

        if (Neighbour(c, +1) is { } next)
        {
            right = Math.Max(0, (next.Box.XMin - leaf.Box.XMax) / 2);
        }

        var x = box.XCenter;
        return x >= leaf.Box.XMin - left && x <= leaf.Box.XMax + right;
    }

    /// <summary>Half the usual distance between neighbouring columns' headers: how far a column reaches on the table's outer sides.</summary>
    private double HalfPitch()
    {
        double first = double.NaN, last = double.NaN;
        var n = 0;
        foreach (var l in Leaves)
        {
            if (l is null)
            {
                continue;
            }

            first = double.IsNaN(first) ? l.Box.XCenter : first;
            last = l.Box.XCenter;
            n++;
        }

        return n < 2 ? 0 : (last - first) / (n - 1) / 2;
    }

    private HeaderCell? Neighbour(int c, int step)
    {
        for (var i = c + step; i >= 0 && i < Leaves.Length; i += step)
        {
            if (Leaves[i] is { } l)
            {
                return l;
            }
        }

        return null;
    }

    /// <summary>
    /// Seeds from the values, overlapping from row to row; then a seed for each column header over no value with no
    /// header text under it (a column left blank in every row: its header is the lowest text there).
    /// </summary>
    private void BuildSeeds(List<PdfItem> values, List<HeaderWord> words)
    {
        var sorted = new List<PdfItem>(values);
        sorted.Sort((a, b) => a.Box.XMin.CompareTo(b.Box.XMin));
        var members = new List<List<PdfItem>>();
        foreach (var v in sorted)
        {
            if (Seeds.Count > 0 && v.Box.XMin <= Seeds[^1].XMax + (0.1 * _em))
            {
                var last = Seeds[^1];
                Seeds[^1] = (last.XMin, Math.Max(last.XMax, v.Box.XMax));
                members[^1].Add(v);
            }
            else
            {
                Seeds.Add((v.Box.XMin, v.Box.XMax));
                members.Add([v]);
            }
        }

        if (Seeds.Count > 0)
        {
            AddEmptyColumns(words, members);
        }
        else
        {
            // a part whose every cell is blank: its columns are where the lowest header texts stand
            foreach (var w in words.Where(w => !HasTextUnder(words, w)).OrderBy(w => w.Box.XMin))
            {
                if (Seeds.Count > 0 && w.Box.XMin <= Seeds[^1].XMax + (0.25 * _em))
                {
                    Seeds[^1] = (Seeds[^1].XMin, Math.Max(Seeds[^1].XMax, w.Box.XMax));
                    continue;
                }

                Seeds.Add((w.Box.XMin, w.Box.XMax));
                members.Add([]);
            }
        }

        var order = Enumerable.Range(0, Seeds.Count).OrderBy(i => Seeds[i].XMin).ToArray();
        var seeds = order.Select(i => Seeds[i]).ToList();
        Seeds.Clear();
        Seeds.AddRange(seeds);
        for (var k = 0; k < order.Length; k++)
        {
            foreach (var v in members[order[k]])
            {
                _seedOf[v] = k;
            }
        }
    }

    /// <summary>
    /// A column blank in every row has no values to make a seed, only its header: the lowest header text there (nothing
    /// under it), over no value. Each such text goes to its nearest seed; when that seed's own header (or a nearer
    /// such text) stands apart from it, it heads a column of its own. Apart means an em or more; in narrow columns,
    /// where neighbouring headers stand closer, 0.6 em between two words of two characters or more (a header
    /// letter-spaced into words, "总 计", splits into single characters), or 0.3 em when one of them is the last line
    /// of a cell of its own (<see cref="OwnCell"/>). Text over no value is common without any blank column (numbers
    /// set right in wide cells under centred headers): it then just joins its seed.
    /// </summary>
    private void AddEmptyColumns(List<HeaderWord> words, List<List<PdfItem>> members)
    {
        var slack = 0.25 * _em;
        var claims = new List<(HeaderWord Word, double Distance)>[Seeds.Count];
        foreach (var w in words)
        {
            if (HasTextUnder(words, w))
            {
                continue;
            }

            var on = Seeds.FindIndex(s => w.Box.XMin - slack < s.XMax && s.XMin - slack < w.Box.XMax);
            var seed = on >= 0 ? on : Nearest(w.Box.XCenter);
            var distance = on >= 0 ? 0 : Math.Abs(Centre(seed) - w.Box.XCenter);
            (claims[seed] ??= []).Add((w, distance));
        }

        var count = Seeds.Count;
        for (var i = 0; i < count; i++)
        {
            if (claims[i] is not { } list)
            {
                continue;
            }

            list.Sort((a, b) => a.Distance.CompareTo(b.Distance));
            var taken = new List<PdfBox> { list[0].Word.Box };
            for (var k = 1; k < list.Count; k++)
            {
                var box = list[k].Word.Box;
                var word = list[k].Word;
                var apart = taken.TrueForAll(t => box.XMin - t.XMax >= _em || t.XMin - box.XMax >= _em
                    || (Gap(box, t) >= 0.6 * _em && word.Text.Length >= 2 && list[0].Word.Text.Length >= 2)
                    || (Gap(box, t) >= 0.3 * _em && (OwnCell(words, word, t) || OwnCell(words, list[0].Word, box))));
                if (apart && list[k].Distance > 0)
                {
                    Seeds.Add((box.XMin, box.XMax));
                    members.Add([]);
                }

                taken.Add(box);
            }
        }
    }

    private static double Gap(PdfBox a, PdfBox b) => Math.Max(a.XMin - b.XMax, b.XMin - a.XMax);

    /// <summary>
    /// Whether the word is the last line of a cell of its own beside <paramref name="other"/>: a line of header text
    /// stands directly above it, over it and not over <paramref name="other"/> ("结果" over "纠正" beside "结果" over
    /// "维持"). Narrow columns leave less than an em between their headers; two cells' stacked lines tell them from a
    /// header letter-spaced into two words ("总 计").
    /// </summary>
    private bool OwnCell(List<HeaderWord> words, HeaderWord word, PdfBox other) =>
        words.Exists(o => o.Page == word.Page && o.Box.YCenter < word.Box.YCenter - (0.4 * _em) && word.Box.YCenter - o.Box.YCenter <= _lineStep
            && o.Box.XOverlapRatio(word.Box) >= 0.6 && !o.Box.OverlapsX(other));

    /// <summary>
    /// Whether other header text stands under the word (on its page, or on the next one when the header breaks there,
    /// overlapping it): then it heads others. A part's title last on its page ("第二十条第（六）项") heads the columns
    /// whose headers start the next page.
    /// </summary>
    private bool HasTextUnder(List<HeaderWord> words, HeaderWord w) =>
        words.Exists(o => ((o.Page == w.Page && o.Box.YCenter > w.Box.YCenter + (0.4 * _em)) || o.Page == w.Page + 1) && o.Box.XOverlapRatio(w.Box) >= 0.3);

    private int Nearest(double x)
    {
        var best = -1;
        var bestD = double.MaxValue;
        for (var i = 0; i < Seeds.Count; i++)
        {
            var d = Math.Abs(((Seeds[i].XMin + Seeds[i].XMax) / 2) - x);
            if (d < bestD)
            {
                bestD = d;
                best = i;
            }
        }

        return best;
    }

    private void BuildHeaders(List<HeaderWord> words)
    {
        var perColumn = new List<HeaderWord>[Seeds.Count];
        var spanning = new List<HeaderCell>();
        var slack = 0.25 * _em;
        var sorted = new List<HeaderWord>(words);
        sorted.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : a.Box.YCenter != b.Box.YCenter ? a.Box.YCenter.CompareTo(b.Box.YCenter) : a.Box.XMin.CompareTo(b.Box.XMin));
        foreach (var w in sorted)
        {
            var covered = Covered(w.Box, slack, HasTextUnder(words, w));

            if (covered.Count >= 2)
            {
                AddSpanning(spanning, w, covered);
                continue;
            }

            var c = covered.Count == 1 ? covered[0] : Nearest(w.Box.XCenter);
            (perColumn[c] ??= []).Add(w);
        }

        for (var c = 0; c < Seeds.Count; c++)
        {
            if (perColumn[c] is not { } list)
            {
                continue;
            }

            // stacks of lines close under one another; the lowest is the column's own header
            var stacks = new List<HeaderCell>();
            foreach (var w in list)
            {
                // a header broken by a page break goes on at the top of the next page
                if (stacks.Count > 0 && ((w.Page == stacks[^1].LastPage && w.Box.YCenter - stacks[^1].LastYCenter <= _lineStep) || w.Page == stacks[^1].LastPage + 1))
                {
                    stacks[^1].Add(w);
                }
                else
                {
                    stacks.Add(new HeaderCell(w));
                }
            }

            Leaves[c] = stacks[^1];
            stacks[^1].Covered.Add(c);
            for (var k = 0; k < stacks.Count - 1; k++)
            {
                stacks[k].Covered.Add(c);
                spanning.Add(stacks[k]);
            }
        }

        HeaderSpans.Assign(this, spanning);
    }

    /// <summary>
    /// The columns a word stands over: those whose values it overlaps, and, for a word with header text under it, those
    /// whose share of the width (up to the midpoints between neighbouring columns) it reaches into by more than a third
    /// of an em. A group header centred over five columns overlaps the values of the middle one only, but reaches well
    /// into its neighbours' shares; a column's own header (the lowest text) may lean into a neighbour's share when the
    /// numbers are set right in wide cells, and stays one column's.
    /// </summary>
    private List<int> Covered(PdfBox box, double slack, bool headsOthers)
    {
        var covered = new List<int>();
        for (var i = 0; i < Seeds.Count; i++)
        {
            var left = i == 0 ? double.MinValue : (Centre(i - 1) + Centre(i)) / 2;
            var right = i == Seeds.Count - 1 ? double.MaxValue : (Centre(i) + Centre(i + 1)) / 2;
            var share = Math.Min(box.XMax, right) - Math.Max(box.XMin, left);
            var onValues = box.XMin - slack < Seeds[i].XMax && Seeds[i].XMin - slack < box.XMax;
            if (onValues || (headsOthers && share > 0.3 * _em))
            {
                covered.Add(i);
            }
        }

        return covered;
    }

    private double Centre(int i) => (Seeds[i].XMin + Seeds[i].XMax) / 2;

    private void AddSpanning(List<HeaderCell> spanning, HeaderWord w, List<int> covered)
    {
        // a group header wrapped over two lines is one header
        foreach (var s in spanning)
        {
            if (s.Page == w.Page && w.Box.YCenter - s.LastYCenter <= _lineStep && w.Box.YCenter > s.LastYCenter + (0.4 * _em) && s.Box.XOverlapRatio(w.Box) >= 0.5)
            {
                s.Add(w);
                s.Covered.UnionWith(covered);
                return;
            }
        }

        var cell = new HeaderCell(w);
        cell.Covered.UnionWith(covered);
        spanning.Add(cell);
    }

    /// <summary>The column whose seed is nearest to <paramref name="x"/>.</summary>
    public int ColumnAt(double x) => Nearest(x);

    /// <summary>The left edge of a column: its seed's or its header's, whichever is further left.</summary>
    public double Left(int c) => Leaves[c] is { } l ? Math.Min(Seeds[c].XMin, l.Box.XMin) : Seeds[c].XMin;

    public double Right(int c) => Leaves[c] is { } l ? Math.Max(Seeds[c].XMax, l.Box.XMax) : Seeds[c].XMax;
}

using Gongkai.Labels;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// The text body of the document: where running text starts and ends on the line, and the usual font size. Taken
/// from the lines of running text (many CJK characters), whose left and right edges are the most common ones.
/// </summary>
internal sealed record PdfBody(double Left, double Right, double Em)
{
    public double Width => Math.Max(1, Right - Left);

    /// <summary>A line wide enough to be running text: at least 60% of the body's width.</summary>
    public bool IsProseWidth(PdfBox box) => box.Width >= 0.6 * Width;

    /// <summary>
    /// A line across the whole body: from the left edge (or a first-line indent of two characters) to the right
    /// edge. Only such lines end a table; a long label in a table's label column never reaches the right edge.
    /// </summary>
    public bool IsFullLine(PdfBox box, double em) => box.XMin <= Left + (2.5 * em) && box.XMax >= Right - (1.5 * em);

    /// <summary>
    /// Measures the body on the lines of running text: wide (at least 45% of the page's width), with eight CJK
    /// characters or more and no gap between words wider than an em (a table row's label and values stand apart).
    /// Table labels, numerous in a report, are narrow or stand apart from their values and do not count. The right
    /// edge is the most common one (justified text); the left edge the furthest left that a fair share of the lines
    /// start at: in short paragraphs the indented first lines (and headings) may outnumber the lines that start at
    /// the margin.
    /// </summary>
    public static PdfBody Measure(IReadOnlyList<PdfPage> pages)
    {
        var lefts = new Dictionary<int, int>();
        var rights = new Dictionary<int, int>();
        var proseEms = new List<double>();
        var allWords = new List<PdfWord>();
        double minLeft = double.MaxValue, maxRight = 0;
        foreach (var p in pages)
        {
            foreach (var l in p.Lines)
            {
                var cjk = 0;
                foreach (var w in l.Words)
                {
                    allWords.Add(w);
                    foreach (var c in w.Text)
                    {
                        cjk += LabelNormalizer.IsCjk(c) ? 1 : 0;
                    }
                }

                minLeft = Math.Min(minLeft, l.Box.XMin);
                maxRight = Math.Max(maxRight, l.Box.XMax);
                if (cjk >= 8 && (p.Width <= 0 || l.Box.Width >= 0.45 * p.Width) && !HasWideGap(l))
                {
                    Count(lefts, (int)Math.Round(l.Box.XMin));
                    Count(rights, (int)Math.Round(l.Box.XMax));
                    if (PdfText.MedianEm(l.Words, 0) is var lineEm && lineEm > 0)
                    {
                        proseEms.Add(lineEm);
                    }
                }
            }
        }

        // the median over lines, not words: a header row of many short words must not outvote the prose
        proseEms.Sort();
        var em = proseEms.Count > 0 ? proseEms[proseEms.Count / 2] : PdfText.MedianEm(allWords, 10);
        if (lefts.Count == 0)
        {
            return new PdfBody(minLeft == double.MaxValue ? 0 : minLeft, Math.Max(maxRight, minLeft == double.MaxValue ? 1 : minLeft + 1), em);
        }

        return new PdfBody(LeftEdge(lefts, em), RightEdge(rights), em);
    }

    /// <summary>
    /// A gap between two words of the line wider than 0.6 em of the line's type: cells, not running text, where
    /// words are at most letter-spaced ("2023 年", a quarter em) and Chromium gives a whole line as one word.
    /// </summary>
    private static bool HasWideGap(PdfLine line)
    {
        var em = PdfText.MedianEm(line.Words, 0);
        if (em <= 0)
        {
            em = line.Box.Height / 2.6;
        }

        for (var i = 1; i < line.Words.Count; i++)
        {
            if (line.Words[i].Box.XMin - line.Words[i - 1].Box.XMax > 0.6 * em)
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(Dictionary<int, int> counts, int key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>
    /// The furthest left edge shared by at least a quarter as many lines as the most common one (within a point);
    /// stray lines (a label poking out) are too few to count. A single line two characters left of the most common
    /// edge is the margin too: in a report of short paragraphs the indented first lines outnumber the rest, and the
    /// lines that start at the margin are often too short to count as running text.
    /// </summary>
    private static int LeftEdge(Dictionary<int, int> counts, double em)
    {
        var mode = Mode(counts);
        var need = Math.Max(2, counts[mode] / 4);
        var best = mode;
        foreach (var k in counts.Keys)
        {
            var n = counts.GetValueOrDefault(k - 1) + counts[k] + counts.GetValueOrDefault(k + 1);
            if (k < best && n >= need)
            {
                best = k;
            }
        }

        if (best == mode && em > 0)
        {
            foreach (var k in counts.Keys)
            {
                if (k < best && Math.Abs(mode - k - (2 * em)) <= Math.Max(1.5, 0.1 * em))
                {
                    best = k;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The most common right edge (justified lines end there), or, when no two lines agree (a report of a few
    /// one-line paragraphs), the furthest right: no line of running text runs past the margin.
    /// </summary>
    private static int RightEdge(Dictionary<int, int> counts)
    {
        var mode = Mode(counts);
        var n = counts.GetValueOrDefault(mode - 1) + counts[mode] + counts.GetValueOrDefault(mode + 1);
        return n >= 2 ? mode : counts.Keys.Max();
    }

    private static int Mode(Dictionary<int, int> counts)
    {
        var best = 0;
        var bestCount = -1;
        foreach (var (k, n) in counts)
        {
            if (n > bestCount || (n == bestCount && k < best))
            {
                best = k;
                bestCount = n;
            }
        }

        return best;
    }
}

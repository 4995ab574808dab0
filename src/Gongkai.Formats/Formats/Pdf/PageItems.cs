using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Turns one page's pdftotext lines into items: drops the page footer or header (<see cref="PageFurniture"/>),
/// gathers text written top to bottom into one vertical item (<see cref="VerticalText"/>), keeps full-width lines of
/// running text whole, and splits the other lines at wide gaps and around lone numbers, which are table values.
/// </summary>
internal static class PageItems
{
    /// <summary>
    /// A value stands apart from its neighbours on the line by at least this many ems: a cell's padding (Word and
    /// LibreOffice print left-aligned numbers half an em after the label's cell), never a space in running text.
    /// </summary>
    private const double ValueGap = 0.5;

    /// <summary>Running text is letter-spaced at most this many ems; a wider gap is a gap between cells.</summary>
    private const double ProseGap = 1.0;

    /// <summary>Words of a label or header further apart than this many ems belong to different cells.</summary>
    private const double CellGap = 1.5;

    public static List<PdfItem> Read(PdfPage page, PdfBody body)
    {
        var lines = new List<PdfLine>(page.Lines.Count);
        foreach (var l in page.Lines)
        {
            if (!PageFurniture.IsFurniture(l, page))
            {
                lines.Add(l);
            }
        }

        var items = new List<PdfItem>(lines.Count * 2);
        var vertical = new List<PdfItem>();
        var singles = new List<PdfLine>();
        foreach (var whole in lines)
        {
            if (VerticalText.IsVertical(whole))
            {
                vertical.Add(VerticalText.Item(page.Number, whole.Words, whole.Index, LineEm(whole, body.Em)));
                continue;
            }

            foreach (var line in ByLevel(whole, body.Em))
            {
                Add(page.Number, line, body, items, singles);
            }
        }

        foreach (var s in VerticalText.Merge(page.Number, vertical, singles, body.Em))
        {
            items.Add(s);
        }

        foreach (var s in singles)
        {
            Split(page.Number, s, LineEm(s, body.Em), body, items);
        }

        return items;
    }

    private static void Add(int page, PdfLine line, PdfBody body, List<PdfItem> items, List<PdfLine> singles)
    {
        if (line.Words.Count == 1 && line.Words[0].Text.Length == 1 && PdfText.IsCjkLike(line.Words[0].Text[0]))
        {
            // a lone character may be the last one of a vertical text; decided once those are gathered
            singles.Add(line);
            return;
        }

        Split(page, line, LineEm(line, body.Em), body, items);
    }

    /// <summary>
    /// A pdftotext line cut where its words stand at different heights. With Chromium's tall boxes pdftotext puts
    /// words of a table's stacked header cells into one line ("结果 结果 其他 尚未 总计 结果 未经复议直接起诉", from
    /// three rows of the header); words whose vertical centres lie within 0.35 em (of the body's type, or of the
    /// line's when smaller) stay together, so a digit in another font a little higher stays on its line.
    /// </summary>
    private static List<PdfLine> ByLevel(PdfLine line, double bodyEm)
    {
        var words = line.Words;
        if (words.Count < 2)
        {
            return [line];
        }

        var em = Math.Min(LineEm(line, bodyEm), bodyEm);
        var order = new List<PdfWord>(words);
        order.Sort((a, b) => a.Box.YCenter.CompareTo(b.Box.YCenter));
        if (order[^1].Box.YCenter - order[0].Box.YCenter <= 0.35 * em)
        {
            return [line];
        }

        var result = new List<PdfLine>();
        var group = new List<PdfWord> { order[0] };
        for (var i = 1; i <= order.Count; i++)
        {
            if (i < order.Count && order[i].Box.YCenter - order[i - 1].Box.YCenter <= 0.35 * em)
            {
                group.Add(order[i]);
                continue;
            }

            group.Sort((a, b) => a.Box.XMin.CompareTo(b.Box.XMin));
            var box = group[0].Box;
            foreach (var w in group)
            {
                box = box.Union(w.Box);
            }

            result.Add(new PdfLine(group, box, line.Index));
            if (i < order.Count)
            {
                group = [order[i]];
            }
        }

        return result;
    }

    /// <summary>
    /// The line's font size: from its CJK characters, else (a row of numbers printed as one line, as Chromium does)
    /// from its numbers' digits, when they suggest a smaller type than the body's: the gaps between a table's
    /// numbers are measured against the table's type, not the prose's.
    /// </summary>
    private static double LineEm(PdfLine line, double fallback)
    {
        var em = PdfText.MedianEm(line.Words, 0);
        if (em > 0)
        {
            return em;
        }

        var digits = PdfText.DigitEm(line.Words);
        return digits > 0 ? Math.Min(digits, fallback) : fallback;
    }

    private static void Split(int page, PdfLine line, double em, PdfBody body, List<PdfItem> items)
    {
        var words = line.Words;
        if (body.IsProseWidth(line.Box) && MaxGap(words) <= ProseGap * em)
        {
            items.Add(Make(page, words, 0, words.Count, PdfItemKind.Prose, em, line.Index));
            return;
        }

        // where each value starts, the index past its last word: one word, or a number and its unit set close after
        // it ("189128" "元": LibreOffice spaces CJK from digits), standing apart as a whole
        var valueEnd = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var leftGap = i == 0 ? double.MaxValue : words[i].Box.XMin - words[i - 1].Box.XMax;
            if (leftGap < ValueGap * em || !PdfText.IsValueWord(words[i].Text))
            {
                continue;
            }

            if (Gap(words, i) >= ValueGap * em)
            {
                valueEnd[i] = i + 1;
            }
            else if (i + 1 < words.Count && Gap(words, i + 1) >= ValueGap * em && PdfText.IsUnit(words[i + 1].Text))
            {
                valueEnd[i] = i + 2;
            }
        }

        var start = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var isValue = i < words.Count && valueEnd[i] > 0;
            var cut = i == words.Count || isValue || (i > start && words[i].Box.XMin - words[i - 1].Box.XMax >= CellGap * em);
            if (!cut)
            {
                continue;
            }

            if (i > start)
            {
                items.Add(Make(page, words, start, i, PdfItemKind.Text, em, line.Index));
            }

            if (isValue)
            {
                items.Add(Make(page, words, i, valueEnd[i], PdfItemKind.Value, em, line.Index));
                start = valueEnd[i];
                i = start - 1;
            }
            else
            {
                start = i;
            }
        }
    }

    /// <summary>The space after a word: to the next word on the line, or unbounded after the last.</summary>
    private static double Gap(IReadOnlyList<PdfWord> words, int i) =>
        i == words.Count - 1 ? double.MaxValue : words[i + 1].Box.XMin - words[i].Box.XMax;

    /// <summary>The widest gap between neighbouring words: running text has none wider than letter-spacing.</summary>
    private static double MaxGap(IReadOnlyList<PdfWord> words)
    {
        var gap = 0.0;
        for (var i = 1; i < words.Count; i++)
        {
            gap = Math.Max(gap, words[i].Box.XMin - words[i - 1].Box.XMax);
        }

        return gap;
    }

    internal static PdfItem Make(int page, IReadOnlyList<PdfWord> words, int from, int to, PdfItemKind kind, double em, int line)
    {
        var slice = new PdfWord[to - from];
        var box = words[from].Box;
        for (var i = from; i < to; i++)
        {
            slice[i - from] = words[i];
            box = box.Union(words[i].Box);
        }

        string text;
        if (slice.Length == 1)
        {
            text = slice[0].Text;
        }
        else
        {
            var sb = new StringBuilder();
            PdfText.AppendWords(sb, slice, em);
            text = sb.ToString();
        }

        return new PdfItem(page, slice, box, text, kind, em, line);
    }

}

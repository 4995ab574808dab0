using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Labels;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Turns one page's pdftotext lines into items: drops the page footer or header ("-3-", "第 3 页"), gathers text
/// written top to bottom into one vertical item, keeps full-width lines of running text whole, and splits the other
/// lines at wide gaps and around lone numbers, which are table values.
/// </summary>
internal static partial class PageItems
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
            if (!IsFurniture(l, page))
            {
                lines.Add(l);
            }
        }

        var items = new List<PdfItem>(lines.Count * 2);
        var vertical = new List<PdfItem>();
        var singles = new List<PdfLine>();
        foreach (var line in lines)
        {
            var em = LineEm(line, body.Em);
            if (IsVertical(line))
            {
                vertical.Add(Vertical(page.Number, line.Words, line.Index, em));
                continue;
            }

            if (line.Words.Count == 1 && line.Words[0].Text.Length == 1 && PdfText.IsCjkLike(line.Words[0].Text[0]))
            {
                // a lone character may be the last one of a vertical text; decided once those are gathered
                singles.Add(line);
                continue;
            }

            Split(page.Number, line, em, body, items);
        }

        foreach (var s in MergeVertical(page.Number, vertical, singles, body.Em))
        {
            items.Add(s);
        }

        foreach (var s in singles)
        {
            Split(page.Number, s, LineEm(s, body.Em), body, items);
        }

        return items;
    }

    private static double LineEm(PdfLine line, double fallback)
    {
        var em = PdfText.MedianEm(line.Words, 0);
        return em > 0 ? em : fallback;
    }

    private static void Split(int page, PdfLine line, double em, PdfBody body, List<PdfItem> items)
    {
        var words = line.Words;
        if (body.IsProseWidth(line.Box) && MaxGap(words) <= ProseGap * em)
        {
            items.Add(Make(page, words, 0, words.Count, PdfItemKind.Prose, em, line.Index));
            return;
        }

        var isolated = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var leftGap = i == 0 ? double.MaxValue : words[i].Box.XMin - words[i - 1].Box.XMax;
            var rightGap = i == words.Count - 1 ? double.MaxValue : words[i + 1].Box.XMin - words[i].Box.XMax;
            isolated[i] = leftGap >= ValueGap * em && rightGap >= ValueGap * em && PdfText.IsValueWord(words[i].Text);
        }

        var start = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var cut = i == words.Count || isolated[i] || (i > start && words[i].Box.XMin - words[i - 1].Box.XMax >= CellGap * em);
            if (!cut)
            {
                continue;
            }

            if (i > start)
            {
                items.Add(Make(page, words, start, i, PdfItemKind.Text, em, line.Index));
            }

            if (i < words.Count && isolated[i])
            {
                items.Add(Make(page, words, i, i + 1, PdfItemKind.Value, em, line.Index));
                start = i + 1;
            }
            else
            {
                start = i;
            }
        }
    }

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

    /// <summary>Words stacked one under the other, or one word much taller than its characters are wide.</summary>
    private static bool IsVertical(PdfLine line)
    {
        var words = line.Words;
        if (words.Count == 1)
        {
            var w = words[0];
            return w.Text.Length >= 2 && w.Text.All(PdfText.IsCjkLike) && w.Box.Height >= w.Box.Width * Math.Max(1.6, 0.7 * w.Text.Length);
        }

        for (var i = 1; i < words.Count; i++)
        {
            var a = words[i - 1].Box;
            var b = words[i].Box;
            if (a.XOverlapRatio(b) < 0.6 || b.YCenter - a.YCenter < 0.6 * Math.Min(a.Width, b.Width))
            {
                return false;
            }
        }

        return true;
    }

    private static PdfItem Vertical(int page, IReadOnlyList<PdfWord> words, int line, double em)
    {
        var box = words[0].Box;
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            box = box.Union(w.Box);
            sb.Append(w.Text);
        }

        return new PdfItem(page, words, box, sb.ToString(), PdfItemKind.Vertical, em, line);
    }

    /// <summary>
    /// Joins vertical pieces that continue one another (Chromium writes "三、" "本年" "度办" … as separate lines)
    /// and takes in lone characters directly above or below them ("果").
    /// </summary>
    private static List<PdfItem> MergeVertical(int page, List<PdfItem> vertical, List<PdfLine> singles, double em)
    {
        var result = new List<PdfItem>();
        if (vertical.Count == 0)
        {
            return result;
        }

        var pieces = new List<(PdfBox Box, IReadOnlyList<PdfWord> Words, int Line, PdfLine? Single)>();
        foreach (var v in vertical)
        {
            pieces.Add((v.Box, v.Words, v.Line, null));
        }

        foreach (var s in singles)
        {
            pieces.Add((s.Box, s.Words, s.Index, s));
        }

        pieces.Sort((a, b) => a.Box.YMin.CompareTo(b.Box.YMin));
        var used = new bool[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            if (used[i] || pieces[i].Single is not null)
            {
                continue;
            }

            var words = new List<PdfWord>(pieces[i].Words);
            var box = pieces[i].Box;
            var first = i;

            // a lone character just above the first piece
            for (var j = i - 1; j >= 0 && j >= i - 8; j--)
            {
                if (!used[j] && pieces[j].Single is not null && Continues(pieces[j].Box, box, em))
                {
                    words.InsertRange(0, pieces[j].Words);
                    box = box.Union(pieces[j].Box);
                    used[j] = true;
                    first = j;
                    break;
                }
            }

            for (var j = i + 1; j < pieces.Count && pieces[j].Box.YMin <= box.YMax + em; j++)
            {
                if (!used[j] && Continues(box, pieces[j].Box, em))
                {
                    words.AddRange(pieces[j].Words);
                    box = box.Union(pieces[j].Box);
                    used[j] = true;
                }
            }

            used[i] = true;
            var sb = new StringBuilder();
            foreach (var w in words)
            {
                sb.Append(w.Text);
            }

            result.Add(new PdfItem(page, words, box, sb.ToString(), PdfItemKind.Vertical, em, pieces[first].Line));
        }

        var taken = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < pieces.Count; k++)
        {
            if (used[k] && pieces[k].Single is { } single)
            {
                taken.Add(single);
            }
        }

        singles.RemoveAll(taken.Contains);

        return result;
    }

    private static bool Continues(PdfBox upper, PdfBox lower, double em) =>
        upper.XOverlapRatio(lower) >= 0.6 && lower.YMin - upper.YMax <= 0.8 * em && lower.YCenter > upper.YCenter
        && Math.Abs(upper.Width - lower.Width) <= 0.5 * Math.Max(upper.Width, lower.Width);

    /// <summary>A page number in the bottom or top margin with nothing further out: "-3-", "— 3 —", "第 3 页", "3/12".</summary>
    private static bool IsFurniture(PdfLine line, PdfPage page)
    {
        if (page.Height <= 0)
        {
            return false;
        }

        var bottom = line.Box.YMin > page.Height * 0.85;
        var top = line.Box.YMax < page.Height * 0.08;
        if (!bottom && !top)
        {
            return false;
        }

        var sb = new StringBuilder();
        foreach (var w in line.Words)
        {
            sb.Append(LabelNormalizer.NormalizeText(w.Text));
        }

        if (!PageNumber().IsMatch(sb.ToString()))
        {
            return false;
        }

        // alone on its level, and nothing further out: a table's last row of one-digit values is not a footer
        var half = Math.Max(line.Box.Height / 2, 1);
        foreach (var other in page.Lines)
        {
            if (ReferenceEquals(other, line))
            {
                continue;
            }

            if (Math.Abs(other.Box.YCenter - line.Box.YCenter) <= half
                || (bottom && other.Box.YCenter > line.Box.YCenter) || (top && other.Box.YCenter < line.Box.YCenter))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:[-—–_~·•]*\s*\d{1,4}\s*[-—–_~·•]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();
}

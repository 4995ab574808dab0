using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Text written top to bottom in a merged cell ("三、本年度办理结果", one character under the other). WPS writes it as
/// one line of stacked words; Chromium as several lines of two characters and a last lone one.
/// </summary>
internal static class VerticalText
{
    /// <summary>Words stacked one under the other, or one word much taller than its characters are wide.</summary>
    public static bool IsVertical(PdfLine line)
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

    public static PdfItem Item(int page, IReadOnlyList<PdfWord> words, int line, double em)
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
    public static List<PdfItem> Merge(int page, List<PdfItem> vertical, List<PdfLine> singles, double em)
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
}

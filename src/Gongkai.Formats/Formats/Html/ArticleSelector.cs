using System.Numerics;
using AngleSharp.Dom;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Schema;

namespace Gongkai.Formats.Html;

/// <summary>The blocks of the report, taken out of the page around it.</summary>
/// <param name="Root">The element chosen as the article body, or null when the whole page was kept.</param>
/// <param name="Dropped">How many blocks of the page were left out as site chrome.</param>
internal sealed record ArticleSelection(List<PageBlock> Blocks, IElement? Root, int Dropped);

/// <summary>
/// Finds the report inside a page by its content, not by the site: the smallest element that holds every section
/// heading (一、…六、) and every table of the format found on the page. Inside it, navigation, share bars and lists of
/// other articles that hold none of the report's headings or tables are left out, and the article ends where a
/// "相关文章"-like list begins. Known CMS containers play no part: content decides, so a new site needs no rule.
/// </summary>
/// <remarks>
/// Two copies of the report side by side (a desktop and a mobile version both in the markup) are recognised: the
/// first is read. A page with no heading and no table of the format is kept whole; the assembler then says it is
/// not a report.
/// </remarks>
internal static class ArticleSelector
{
    private static readonly string[] TailMarkers =
    [
        "相关文章", "相关链接", "相关阅读", "相关新闻", "相关信息", "相关稿件", "相关推荐", "分享到", "扫一扫", "上一篇", "下一篇",
        "【打印本页】", "【关闭窗口】", "打印本页", "关闭窗口",
    ];

    public static ArticleSelection Select(List<PageBlock> blocks, IElement root)
    {
        var score = new Dictionary<IElement, (int Mask, int Tables)>(ReferenceEqualityComparer.Instance);
        var content = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var (mask, tables) = Classify(blocks[i].Layout);
            if (mask == 0 && tables == 0)
            {
                continue;
            }

            content[i] = true;
            for (var e = blocks[i].Anchor; e is not null; e = e.ParentElement)
            {
                var s = score.GetValueOrDefault(e);
                score[e] = (s.Mask | mask, s.Tables + tables);
                if (ReferenceEquals(e, root))
                {
                    break;
                }
            }
        }

        // one heading alone says too little about where the article is: keep the page
        if (!score.TryGetValue(root, out var total) || BitOperations.PopCount((uint)total.Mask) + total.Tables < 2)
        {
            return new ArticleSelection(blocks, null, 0);
        }

        var body = Descend(root, score);
        var kept = new List<PageBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!body.Contains(b.Anchor))
            {
                continue;
            }

            if (!content[i] && IsChromeInside(b, body, score))
            {
                continue;
            }

            kept.Add(b);
        }

        var cut = TailCut(kept, blocks, content);
        if (cut < kept.Count)
        {
            kept.RemoveRange(cut, kept.Count - cut);
        }

        return new ArticleSelection(kept, ReferenceEquals(body, root) ? null : body, blocks.Count - kept.Count);
    }

    /// <summary>The sections a heading names (a bit per section) and whether a table is one of the format's.</summary>
    internal static (int Mask, int Tables) Classify(LayoutBlock block)
    {
        if (block is LayoutParagraph p)
        {
            return p.Text.Length <= 60 && SectionFinder.TryHeading(p.Raw ?? p.Text, ReportSchema.Edition2021, out var id, out _) ? (1 << (int)id, 0) : (0, 0);
        }

        if (block is LayoutTable t)
        {
            var labelled = 0;
            foreach (var row in t.Rows)
            {
                var n = Math.Min(row.Cells.Length, 4);
                for (var c = 0; c < n; c++)
                {
                    var text = row.Cells[c].Text;
                    if (text.Length is > 1 and < 80 && !CellParser.IsValueLike(text) && LabelIndex.Default.Match(text).IsMatch)
                    {
                        labelled++;
                        break;
                    }
                }

                if (labelled >= 2)
                {
                    return (0, 1);
                }
            }
        }

        return (0, 0);
    }

    /// <summary>From the page root down, into the child that still holds all the report's headings and tables.</summary>
    private static IElement Descend(IElement root, Dictionary<IElement, (int Mask, int Tables)> score)
    {
        var current = root;
        for (var guard = 0; guard < PageLimits.MaxDepth * 2; guard++)
        {
            var cur = score[current];
            var sections = BitOperations.PopCount((uint)cur.Mask);
            IElement? next = null;
            IElement? firstCopy = null;
            var copies = 0;
            foreach (var child in current.Children)
            {
                if (!score.TryGetValue(child, out var c) || BitOperations.PopCount((uint)c.Mask) != sections || IsTextBlock(child))
                {
                    continue;
                }

                if (c.Tables == cur.Tables)
                {
                    next = child;
                    break;
                }

                if (c.Tables > 0)
                {
                    copies++;
                    firstCopy ??= child;
                }
            }

            next ??= copies >= 2 ? firstCopy : null;
            if (next is null)
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    /// <summary>A paragraph, heading or inline element: it holds text, never a whole article.</summary>
    private static bool IsTextBlock(IElement e) => e.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dt" or "dd"
        or "pre" or "span" or "a" or "strong" or "b" or "em" or "i" or "u" or "caption" or "label" or "blockquote";

    /// <summary>
    /// Whether the block stands in navigation, a footer or a share bar inside the article body that holds none of the
    /// report's headings or tables (a container named "menu" around the whole report is not chrome).
    /// </summary>
    private static bool IsChromeInside(PageBlock b, IElement body, Dictionary<IElement, (int Mask, int Tables)> score)
    {
        foreach (var c in b.Chrome)
        {
            if (!ReferenceEquals(c, body) && body.Contains(c) && !score.ContainsKey(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the article ends: the first "相关文章"-like line after the report's last heading or table.</summary>
    private static int TailCut(List<PageBlock> kept, List<PageBlock> all, bool[] content)
    {
        var lastContent = -1;
        var index = 0;
        for (var i = 0; i < all.Count && index < kept.Count; i++)
        {
            if (ReferenceEquals(all[i], kept[index]))
            {
                if (content[i])
                {
                    lastContent = index;
                }

                index++;
            }
        }

        for (var k = lastContent + 1; k < kept.Count; k++)
        {
            if (kept[k].Layout is LayoutParagraph p && p.Text.Length <= 30 && IsTailMarker(p.Text))
            {
                return k;
            }
        }

        return kept.Count;
    }

    internal static bool IsTailMarker(string text)
    {
        var t = text.TrimStart('【', '[', ' ', '·', '>');
        foreach (var m in TailMarkers)
        {
            if (t.StartsWith(m.TrimStart('【'), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

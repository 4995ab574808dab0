using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>
/// The report's title and publication date when the page prints them outside the article body (a title bar above
/// it, an information line "发布时间：2024-01-20 来源：…"), or only in its &lt;head&gt; (the &lt;title&gt;, a
/// &lt;meta name="PubDate"&gt;). They are put before the body's paragraphs, where the assembler's metadata reader
/// looks for them.
/// </summary>
internal static partial class PageHeader
{
    /// <summary>How many blocks before the body are looked at.</summary>
    private const int LookBack = 25;

    private static readonly string[] TitleMetaNames = ["ArticleTitle", "title", "og:title"];

    private static readonly string[] DateMetaNames =
        ["PubDate", "publishdate", "publish_date", "pubtime", "firstpublishedtime", "article:published_time", "dc.date.issued", "dcterms.issued", "dc.date"];

    public static List<LayoutParagraph> Find(List<PageBlock> all, List<PageBlock> body, IDocument document, SourceText lines)
    {
        var hasTitle = body.Count > 0 && body[0].Layout is LayoutParagraph first && TitleScore(first, body[0]) > 0;
        var hasDate = body.Take(8).Any(b => b.Layout is LayoutParagraph p && Published().IsMatch(p.Text));
        LayoutParagraph? title = null;
        LayoutParagraph? date = null;
        var bestScore = 0;

        var start = body.Count == 0 ? all.Count : all.IndexOf(body[0]);
        for (var i = start - 1; i >= 0 && i >= start - LookBack; i--)
        {
            if (all[i].Layout is not LayoutParagraph p)
            {
                continue;
            }

            if (!hasDate && date is null && Published().IsMatch(p.Text))
            {
                date = p;
            }

            if (!hasTitle)
            {
                var s = TitleScore(p, all[i]);
                if (s > bestScore)
                {
                    bestScore = s;
                    title = p;
                }
            }
        }

        if (!hasTitle && title is null)
        {
            title = FromHead(document, lines);
        }

        if (!hasDate && date is null)
        {
            date = DateFromMeta(document, lines);
        }

        var result = new List<LayoutParagraph>(2);
        if (title is not null)
        {
            result.Add(title);
        }

        if (date is not null)
        {
            result.Add(date);
        }

        return result;
    }

    /// <summary>Above 0 for a line that looks like the report's title; links and breadcrumbs score below.</summary>
    private static int TitleScore(LayoutParagraph p, PageBlock block)
    {
        var t = p.Text;
        if (t.Length is < 6 or > 100 || !(t.Contains("报告", StringComparison.Ordinal) || t.Contains("年报", StringComparison.Ordinal) || t.Contains("報告", StringComparison.Ordinal)))
        {
            return 0;
        }

        // a sentence ("本报告依据……编制，统计期限为……。") is not a title
        if (t.Contains('。', StringComparison.Ordinal) || t.Contains(',', StringComparison.Ordinal) || t.Contains('；', StringComparison.Ordinal) || t.Contains(';', StringComparison.Ordinal))
        {
            return 0;
        }

        if (t.Contains('>', StringComparison.Ordinal) || t.Contains('»', StringComparison.Ordinal) || t.Contains('→', StringComparison.Ordinal)
            || t.StartsWith("当前位置", StringComparison.Ordinal) || t.StartsWith("您的位置", StringComparison.Ordinal) || t.StartsWith("您现在的位置", StringComparison.Ordinal))
        {
            return 0;
        }

        var score = 1;
        score += p.HeadingLevel is >= 1 and <= 3 ? 4 : 0;
        score += t.Contains("政府信息公开", StringComparison.Ordinal) ? 1 : 0;
        score += t.Contains("年度报告", StringComparison.Ordinal) ? 1 : 0;
        score -= block.Chrome.Length > 0 ? 2 : 0;
        var e = block.Anchor;
        for (var up = 0; e is not null && up < 4; up++, e = e.ParentElement)
        {
            if (e.LocalName == "a")
            {
                score -= 4;
            }

            if (NamesTitle(e.GetAttribute("class")) || NamesTitle(e.Id))
            {
                score += 2;
                break;
            }
        }

        return score;
    }

    private static bool NamesTitle(string? value) =>
        value is not null && (value.Contains("title", StringComparison.OrdinalIgnoreCase) || value.Contains("tit", StringComparison.OrdinalIgnoreCase)
            || value.Equals("bt", StringComparison.OrdinalIgnoreCase) || value.Contains("headline", StringComparison.OrdinalIgnoreCase));

    /// <summary>The title from &lt;meta name="ArticleTitle"&gt; or the &lt;title&gt; ("…年度报告_政务公开_某市人民政府": the part naming a report).</summary>
    private static LayoutParagraph? FromHead(IDocument document, SourceText lines)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            var content = meta.GetAttribute("content");
            if (name is not null && content is not null && Array.Exists(TitleMetaNames, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
                && ReportPart(content) is { } fromMeta)
            {
                return Synthesised(fromMeta, meta, lines);
            }
        }

        var titles = document.GetElementsByTagName("title");
        var titleElement = titles.Length > 0 ? titles[0] : null;
        return titleElement is not null && ReportPart(titleElement.TextContent) is { } text ? Synthesised(text, titleElement, lines) : null;
    }

    private static string? ReportPart(string text)
    {
        foreach (var part in text.Split(['_', '|', '—', '–', '-'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var t = LabelNormalizer.NormalizeText(part).Trim();
            if (t.Length is >= 6 and <= 100 && (t.Contains("报告", StringComparison.Ordinal) || t.Contains("年报", StringComparison.Ordinal)))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>"发布日期：…" made from &lt;meta name="PubDate" content="2024-01-30 09:00"&gt;.</summary>
    private static LayoutParagraph? DateFromMeta(IDocument document, SourceText lines)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content")?.Trim();
            if (name is null || string.IsNullOrEmpty(content) || !Array.Exists(DateMetaNames, n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var text = "发布日期：" + LabelNormalizer.NormalizeText(content);
            if (Published().IsMatch(text))
            {
                return Synthesised(text, meta, lines);
            }
        }

        return null;
    }

    /// <summary>A paragraph not printed in the body: it points at the whole element it came from.</summary>
    private static LayoutParagraph Synthesised(string text, IElement from, SourceText lines)
    {
        var start = HtmlPositions.StartOf(from);
        var end = start < lines.Text.Length ? MarkupScanner.Read(lines.Text, start).End : start;
        return new LayoutParagraph(text, lines.GetRef(TextSpan.FromBounds(start, Math.Max(start, end))));
    }

    [GeneratedRegex(@"发布(?:日期|时间)\s*[:：]?\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")]
    private static partial Regex Published();
}

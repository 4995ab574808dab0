using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Formats;
using Gongkai.Formats.Html;

namespace Gongkai.Tests;

/// <summary>
/// Damaged and hostile pages never make the HTML reader throw or hang: random byte edits of our pages, random markup
/// edits (tags cut, dropped, doubled, spans made huge), arbitrary text, and pathological nesting, each within a fixed
/// time; every position the reader reports stays inside the page.
/// </summary>
public sealed class HtmlFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static readonly string[] Junk =
    [
        "<", ">", "</td>", "<td>", "<tr>", "</tr>", "<table>", "</table>", "<td rowspan=0>", "<td colspan=1000>", "<td rowspan=99999>",
        "&nbsp;", "&", "&#x10FFFF;", "&#0;", "&#55296;", "<!--", "-->", "<script>", "<br>", "<p>", "<b>", "</b>", "<div style=\"display:none\">",
        "\0", "\uFFFD", "一、总体情况", "（七）总计", "行政许可", "12", "<table><tr><td><table>", "<svg>", "<math>", "<select>", "<![CDATA[",
        "<meta charset=gbk>", "\r", "\u3000", "<plaintext>", "<template>", "</html>", "<frameset>",
    ];

    public static IEnumerable<string> Pages() =>
        Corpus.HtmlPages.Select(p => HtmlGoldenTests.Source(p.Name))
            .Concat(TestPaths.Shared is null ? [] : Directory.GetFiles(Path.Combine(TestPaths.Shared, "corpus", "real"), "*.html").Select(File.ReadAllText));

    [Fact]
    public void RandomMarkupEdits_NeverThrowOrHang()
    {
        var pages = Pages().ToArray();
        Prop.ForAll<int, int, int>((pageIndex, seed, edits) =>
        {
            var page = pages[Math.Abs(pageIndex % pages.Length)];
            ReadWithinLimit(Mutate(page, seed, 1 + Math.Abs(edits % 20)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120));
    }

    [Fact]
    public void RandomByteEdits_NeverThrowOrHang()
    {
        var pages = Corpus.HtmlPages.Select(p => File.ReadAllBytes(Corpus.Html(p.Name))).ToArray();
        Prop.ForAll<int, int, int>((pageIndex, seed, edits) =>
        {
            var bytes = (byte[])pages[Math.Abs(pageIndex % pages.Length)].Clone();
            var rnd = new Random(seed);
            for (var i = 0; i < 1 + Math.Abs(edits % 64); i++)
            {
                bytes[rnd.Next(bytes.Length)] = (byte)rnd.Next(256);
            }

            var cut = rnd.Next(3) == 0 ? bytes[..rnd.Next(1, bytes.Length)] : bytes;
            var task = Task.Run(() => FormatRegistry.Default.Read(new ReportSource("fuzz", cut)));
            Assert.True(task.Wait(Limit), "reader did not finish in time");
            Assert.True(task.Result.Value is not null || task.Result.HasErrors);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120));
    }

    [Fact]
    public void ArbitraryText_NeverThrows() =>
        Prop.ForAll<string>(s => ReadWithinLimit("<p>" + (s ?? string.Empty))).Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    [Fact]
    public void PathologicalPages_FinishQuickly()
    {
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<div>", 200_000)));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<span>", 200_000)));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<table><tr><td>", 50_000)));
        ReadWithinLimit(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<b id={i}><p>t")));
        ReadWithinLimit(string.Concat(Enumerable.Range(0, 20_000).Select(i => "<a><b><i><u><s>x</a>")));
        ReadWithinLimit("<table>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<font size={i}>x")));
        ReadWithinLimit("<table>" + string.Concat(Enumerable.Repeat("<tr><td rowspan=65534 colspan=1000>1", 2_000)) + "</table>");
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<table><tr><td>一、总体情况</td><td>1</td></tr></table>", 20_000)));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<p>三、收到和处理政府信息公开申请情况</p>", 50_000)));
        ReadWithinLimit("<p>" + new string('一', 500_000));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("&nbsp;&#12288;&amp", 100_000)));
        ReadWithinLimit("<div " + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"a{i}=\"1\" ")) + ">x");
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<!--", 100_000)));
        ReadWithinLimit(string.Concat(Enumerable.Repeat("<td>", 200_000)));
    }

    private static void ReadWithinLimit(string html)
    {
        var task = Task.Run(() => HtmlReader.Instance.ReadHtml("fuzz", html));
        Assert.True(task.Wait(Limit), $"reader did not finish within {Limit.TotalSeconds} s");
        var r = task.Result;
        if (r.Value is { } m)
        {
            foreach (var c in m.Tables.Cells)
            {
                Assert.InRange(c.Where.Span.End, 0, html.Length);
            }

            foreach (var p in m.Prose)
            {
                Assert.InRange(p.Where.Span.End, 0, html.Length);
            }
        }
        else
        {
            Assert.True(r.HasErrors, "a reader that returns no model must say why");
        }
    }

    private static string Mutate(string page, int seed, int edits)
    {
        var rnd = new Random(seed);
        var sb = new StringBuilder(page);
        for (var i = 0; i < edits && sb.Length > 0; i++)
        {
            var at = rnd.Next(sb.Length);
            switch (rnd.Next(6))
            {
                case 0:
                    sb.Insert(at, Junk[rnd.Next(Junk.Length)]);
                    break;
                case 1:
                    sb.Remove(at, Math.Min(rnd.Next(1, 200), sb.Length - at));
                    break;
                case 2:
                    var len = Math.Min(rnd.Next(1, 400), sb.Length - at);
                    sb.Insert(rnd.Next(sb.Length), sb.ToString(at, len));
                    break;
                case 3:
                    sb.Length = at;
                    break;
                case 4:
                    sb[at] = (char)rnd.Next(0x20, 0x9FFF);
                    break;
                default:
                    sb.Replace("colspan=\"", "colspan=\"9", at, Math.Min(2000, sb.Length - at));
                    break;
            }
        }

        return sb.ToString();
    }
}

using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Html;
using Gongkai.Formats.Layout;
using Gongkai.Reports;

namespace Gongkai.Tests;

/// <summary>What the HTML reader does with each hazard of real pages, one at a time.</summary>
public sealed class HtmlReaderTests
{
    private const string Body = "<p>一、总体情况</p><p>本机关依法公开。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p><p>无。</p>";

    [Fact]
    public void Portal_ChromeAroundTheArticle_IsLeftOut()
    {
        var m = HtmlGoldenTests.Read("qinghe-eco-2024-portal");
        var prose = string.Join("\n", m.Preamble.Concat(m.Sections.SelectMany(s => s.Paragraphs)).Select(p => p.Value));
        Assert.DoesNotContain("当前位置", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("版权", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("主办", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("分享到", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("相关文章", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("打印本页", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", prose, StringComparison.Ordinal);
        Assert.Equal("青禾市生态环境局2024年政府信息公开工作年度报告", m.Metadata.Title!.Value.Value);
        Assert.Equal(new DateOnly(2025, 1, 20), m.Metadata.PublicationDate!.Value.Value);
    }

    [Fact]
    public void Portal_HiddenDecoyTable_IsNotRead()
    {
        var m = HtmlGoldenTests.Read("qinghe-eco-2024-portal");
        Assert.Equal(2m, m.Cell("t3.review.total").Value.Number);
        Assert.Equal(1m, m.Cell("t3.suit_direct.total").Value.Number);
    }

    [Fact]
    public void BreakInsideHeaderCell_JoinsTheWord()
    {
        var m = HtmlGoldenTests.Read("qinghe-eco-2024-portal");
        Assert.Contains(m.Labels, l => l.Printed == "结果维持" && l.Kind == Labels.LabelMatchKind.Exact);
        Assert.DoesNotContain(m.Labels, l => l.Printed.Contains(' ', StringComparison.Ordinal) && l.Printed.StartsWith("结果", StringComparison.Ordinal));
    }

    [Fact]
    public void MergedLabel_IsObservedOnce()
    {
        var m = HtmlGoldenTests.Read("qinghe-eco-2024-portal");
        Assert.Single(m.Labels, l => l.Printed == "三、本年度办理结果");
        Assert.Single(m.PrintedNotes, n => n.Value == "balance");
    }

    [Fact]
    public void Cell_CarriesLineColumnAndAnchor()
    {
        var m = HtmlGoldenTests.Read("qinghe-eco-2024-portal");
        var c = m.Cell("t2.new.natural_person");
        Assert.Equal(26m, c.Value.Number);
        // the page's tables in order: table 1, table 2, the hidden decoy, table 3
        Assert.Equal("table 2, row 4, cell 2", c.Where.Anchor);
        Assert.True(c.Where.Line > 1 && c.Where.Column > 1);
    }

    [Fact]
    public void Gb2312Page_IsDecodedAsGb18030AndSaysSo()
    {
        var bytes = File.ReadAllBytes(Corpus.Html("weijiang-hrss-2019-gb2312"));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var r = FormatRegistry.Default.Read(new ReportSource("gb", bytes));
        var d = Assert.Single(r.Diagnostics, d => d.Id == ReaderMessages.DecodedAs);
        Assert.Equal("GB18030", d.Arg("encoding"));

        // 喆 is in GBK but not in GB2312: a page declared GB2312 is read as its superset
        Assert.Contains(r.Value!.Preamble, p => p.Value.Contains("王喆", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<meta charset=\"gbk\">")]
    [InlineData("<meta charset=GB2312>")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">")]
    [InlineData("")]
    public void ChineseEncodings_AreDecoded(string meta)
    {
        var html = "<html><head>" + meta + "</head><body>" + Body + "</body></html>";
        var r = FormatRegistry.Default.Read(new ReportSource("gb", Encoding.GetEncoding("GB18030").GetBytes(html)));
        Assert.NotNull(r.Value);
        Assert.Equal("GB18030", r.Diagnostics.Single(d => d.Id == ReaderMessages.DecodedAs).Arg("encoding"));
        Assert.Equal(6, r.Value!.Sections.Length);
    }

    [Fact]
    public void Utf8Page_DeclaredGb2312_IsReadAsUtf8WithoutComment()
    {
        var html = "<meta charset=gb2312>" + Body;
        var r = FormatRegistry.Default.Read(new ReportSource("u", Encoding.UTF8.GetBytes(html)));
        Assert.DoesNotContain(r.Diagnostics, d => d.Id == ReaderMessages.DecodedAs);
        Assert.Equal(6, r.Value!.Sections.Length);
    }

    [Fact]
    public void Utf8BomAndUtf16Bom_AreRead()
    {
        var bom = FormatRegistry.Default.Read(new ReportSource("b", (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Body)]));
        Assert.Equal(6, bom.Value!.Sections.Length);
        var utf16 = FormatRegistry.Default.Read(new ReportSource("w", (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Body)]));
        Assert.Equal("html", utf16.Value!.Format);
        Assert.Equal(6, utf16.Value.Sections.Length);
    }

    [Fact]
    public void Detector_PrefersMarkup_ButNotAStrayAngleBracket()
    {
        var d = HtmlDetector.Instance;
        Assert.Equal(60, d.Confidence("<!DOCTYPE html><html>"u8));
        Assert.Equal(60, d.Confidence("\n  <HTML lang=zh>"u8));
        Assert.Equal(55, d.Confidence("<div class=TRS_Editor><p>一</p></div>"u8));
        Assert.Equal(55, d.Confidence(Encoding.UTF8.GetBytes("<p style='text-align: center'>标题</p>")));
        Assert.Equal(40, d.Confidence(Encoding.UTF8.GetBytes("标题\n<p>一、总体情况</p><p>正文</p><table><tr><td>1</td></tr></table>")));
        Assert.Equal(0, d.Confidence(Encoding.UTF8.GetBytes("一、总体情况\n行政许可\t<5\n说明：a<b 时")));
        Assert.Equal(0, d.Confidence([0, 1, 2, 3, (byte)'<', (byte)'p', (byte)'>']));

        var sample = File.ReadAllText(TestPaths.Repo("samples", "clean-2024-qinghe-eco.txt")).Replace("（一）", "<一>", StringComparison.Ordinal) + "\n注：<5 件的不列出。";
        Assert.Equal("text", FormatRegistry.Default.Detect(Encoding.UTF8.GetBytes(sample))!.Name);
    }

    [Fact]
    public void Fragment_WithoutDateLine_TakesMetaPubDate_AndTitleFromTitleElement()
    {
        var html = "<html><head><title>某县统计局2023年政府信息公开工作年度报告_年报_某县人民政府</title><meta name=\"PubDate\" content=\"2024-01-30 10:12\"></head><body>"
            + "<div class=\"nav\">首页 | 政务公开</div><div id=\"zoom\">" + Body + "</div></body></html>";
        var m = HtmlReader.Instance.ReadHtml("p", html).Value!;
        Assert.Equal("某县统计局2023年政府信息公开工作年度报告", m.Metadata.Title!.Value.Value);
        Assert.Equal(2023, m.Metadata.Year!.Value.Value);
        Assert.Equal(new DateOnly(2024, 1, 30), m.Metadata.PublicationDate!.Value.Value);
        Assert.DoesNotContain(m.Preamble, p => p.Value.Contains("首页", StringComparison.Ordinal));
    }

    [Fact]
    public void CellSoup_JoinsWithoutSpacesBetweenChineseCharacters()
    {
        var layout = Layout("<table><tr><td><p><span>法人或其他</span></p>\n<p><span>组织</span></p></td><td>12<br>34</td><td>商业\r\n企业</td><td>自然 人</td></tr><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>");
        var cells = layout.Blocks.OfType<LayoutTable>().Single().Rows[0].Cells;
        Assert.Equal("法人或其他组织", cells[0].Text);
        Assert.Equal("12 34", cells[1].Text);
        Assert.Equal("商业企业", cells[2].Text);
        Assert.Equal("自然 人", cells[3].Text);
    }

    [Fact]
    public void FullWidthText_KeepsItsPrintedForm()
    {
        var layout = Layout("<p>（一）予以公开&nbsp;</p><table><tr><td>（一）予以公开</td><td>１２</td></tr><tr><td>x</td><td>y</td></tr></table>");
        var p = layout.Blocks.OfType<LayoutParagraph>().Single();
        Assert.Equal("(一)予以公开", p.Text);
        Assert.Equal("（一）予以公开", p.Raw);
        var cells = layout.Blocks.OfType<LayoutTable>().Single().Rows[0].Cells;
        Assert.Equal("12", cells[1].Text);
        Assert.Equal("１２", cells[1].Raw);
    }

    [Fact]
    public void Headings_AndBreaks_MakeParagraphs()
    {
        var layout = Layout("<h2>标题</h2><p>一、总体情况<br/>正文第一句。</p><div>甲<div>乙</div>丙</div><ul><li>子</li><li>丑</li></ul>");
        var paragraphs = layout.Blocks.OfType<LayoutParagraph>().ToArray();
        Assert.Equal(["标题", "一、总体情况", "正文第一句。", "甲", "乙", "丙", "子", "丑"], paragraphs.Select(p => p.Text));
        Assert.Equal(2, paragraphs[0].HeadingLevel);
        Assert.Equal(0, paragraphs[1].HeadingLevel);
    }

    [Fact]
    public void Grid_RepeatsMergedCells_WithOneSourcePosition()
    {
        var layout = Layout("<table><tr><td rowspan=2 colspan=2>甲</td><td>乙</td></tr><tr><td>丙</td></tr><tr><td>1</td><td colspan=0>2</td><td rowspan=0>3</td></tr></table>");
        var t = layout.Blocks.OfType<LayoutTable>().Single();
        Assert.True(t.IsGrid);
        Assert.Equal(["甲", "甲", "乙"], t.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["甲", "甲", "丙"], t.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["1", "2", "3"], t.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(t.Rows[0].Cells[0].Where, t.Rows[1].Cells[1].Where);
        Assert.Equal("table 1, row 1, cell 1", t.Rows[1].Cells[1].Where.Anchor);
    }

    [Fact]
    public void HugeSpans_AreClipped()
    {
        var layout = Layout("<table><tr><td colspan=100000 rowspan=100000>甲</td><td>乙</td></tr><tr><td>1</td></tr></table>");
        var t = layout.Blocks.OfType<LayoutTable>().Single();
        Assert.Equal(PageLimits.MaxColumns, t.Rows[0].Cells.Length);
        Assert.Equal(2, t.Rows.Length);
    }

    [Fact]
    public void DeepNesting_IsCutWithADiagnostic()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "一、总体情况" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = HtmlReader.Instance.ReadHtml("deep", html + Body);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), sw.Elapsed.ToString());
        Assert.Contains(r.Diagnostics, d => d.Id == ReaderMessages.NestingTooDeep);
        Assert.Equal(6, r.Value!.Sections.Length);
    }

    [Fact]
    public void UnclosedFormattingTags_AreBounded()
    {
        var html = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<b id={i}><p>t")) + Body;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = HtmlReader.Instance.ReadHtml("fmt", html);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), sw.Elapsed.ToString());
        Assert.Contains(r.Diagnostics, d => d.Id == ReaderMessages.MarkupTooLarge);
    }

    [Fact]
    public void NotAReport_SaysSo()
    {
        var r = HtmlReader.Instance.ReadHtml("n", "<html><body><div class=nav>首页</div><p>欢迎访问。</p></body></html>");
        Assert.Null(r.Value);
        Assert.Contains(r.Diagnostics, d => d.Id == ReaderMessages.NoStructure);
        Assert.Contains(HtmlReader.Instance.ReadHtml("e", "  ").Diagnostics, d => d.Id == ReaderMessages.EmptyDocument);
    }

    private static LayoutDocument Layout(string html) => HtmlReaderCore.BuildLayout(html, []);
}

using AngleSharp.Html.Parser;
using Gongkai.Formats.Html;
using Gongkai.Formats.Writing;

namespace Gongkai.Tests.Writers;

/// <summary>The HTML page: semantic tables with real merged cells and header cells, deterministic, carrying the model.</summary>
public sealed class HtmlWriterTests
{
    [Theory]
    [MemberData(nameof(AuthoringFileTests.SampleNames), MemberType = typeof(AuthoringFileTests))]
    public void Sample_TablesAreRectangular_WithHeaderCellsScoped(string sample)
    {
        var model = SampleRoundTripTests.Read(TestPaths.Repo("samples", sample));
        var doc = new HtmlParser().ParseDocument(HtmlWriter.Instance.WriteText(model));
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("style[media=print]"));
        var grids = ReportOutline.Build(model).OfType<TableBlock>().Select(t => t.Grid).ToList();
        var tables = doc.QuerySelectorAll("article.gk-report table").ToList();
        Assert.Equal(grids.Count, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            // every row covers exactly the grid's width once rowspans from above are counted
            var covered = new Dictionary<int, int>();
            var rows = tables[i].QuerySelectorAll("tr").ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var width = covered.GetValueOrDefault(r);
                foreach (var cell in rows[r].Children)
                {
                    var rs = int.TryParse(cell.GetAttribute("rowspan"), out var x) ? x : 1;
                    var cs = int.TryParse(cell.GetAttribute("colspan"), out var y) ? y : 1;
                    width += cs;
                    for (var d = 1; d < rs; d++)
                    {
                        covered[r + d] = covered.GetValueOrDefault(r + d) + cs;
                    }
                }

                Assert.Equal(grids[i].Columns, width);
            }

            Assert.All(tables[i].QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "colgroup", "row", "rowgroup" }));
            Assert.Equal(grids[i].HeaderRows > 0, tables[i].QuerySelector("thead") is not null);
        }
    }

    [Fact]
    public void Output_IsDeterministic()
    {
        var model = RandomReports.AsRead(12345);
        Assert.Equal(HtmlWriter.Instance.WriteText(model), HtmlWriter.Instance.WriteText(model));
    }

    [Fact]
    public void Text_IsEscaped()
    {
        var model = RandomReports.Authored(7);
        var section = model.Sections[0];
        model = model with { Sections = model.Sections.SetItem(0, section with { Paragraphs = [new Text.Sourced<string>("甲<乙 & \"丙\">丁", default)] }) };
        var html = HtmlWriter.Instance.WriteText(model);
        Assert.Contains("甲&lt;乙 &amp; &quot;丙&quot;&gt;丁", html);
    }

    [Fact]
    public void RunInHeading_IsSetApart_WithoutChangingTheText()
    {
        var model = RandomReports.Authored(8);
        var section = model.Sections[0];
        model = model with { Sections = model.Sections.SetItem(0, section with { Paragraphs = [new Text.Sourced<string>("（一）主动公开。全年公开信息 30 条。", default)] }) };
        var doc = new HtmlParser().ParseDocument(HtmlWriter.Instance.WriteText(model));
        var p = doc.QuerySelectorAll("section p")[0];
        Assert.Equal("（一）主动公开。", p.QuerySelector("span.gk-run-in")?.TextContent);
        Assert.Equal("（一）主动公开。全年公开信息 30 条。", p.TextContent);
    }
}

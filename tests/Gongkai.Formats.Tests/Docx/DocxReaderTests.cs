using Gongkai.Formats;
using static Gongkai.Tests.Docx.MiniDocx;

namespace Gongkai.Tests.Docx;

/// <summary>What the DOCX reader takes from a body: text as Word prints it, paragraph by paragraph, with its place.</summary>
public sealed partial class DocxReaderTests
{
    private const string Del = " w:id=\"1\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"";

    [Fact]
    public void TrackedChanges_InsertionsKeptDeletionsDropped()
    {
        var (layout, _, _) = Layout(FromBody(
            "<w:p><w:r><w:t>本年新收</w:t></w:r><w:del" + Del + "><w:r><w:delText>99</w:delText></w:r></w:del><w:ins" + Del + "><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>" +
            "<w:p><w:moveFrom" + Del + "><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo" + Del + "><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>" +
            "<w:p><w:del" + Del + "><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>"));
        Assert.Equal(["本年新收12件", "移来"], Paragraphs(layout!).Select(p => p.Text));
    }

    [Fact]
    public void TrackedRowDeletion_RowDropped()
    {
        var (layout, _, _) = Layout(FromBody(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:trPr><w:del" + Del + "/></w:trPr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
        Assert.Equal([["a", "1"]], Texts(Tables(layout!)[0]));
    }

    [Fact]
    public void FieldsHyperlinksSymbolsTabs_ReadAsPrinted()
    {
        var (layout, _, _) = Layout(FromBody(
            "<w:p><w:r><w:t>20</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY Y </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>24</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>年</w:t></w:r></w:p>" +
            "<w:p><w:fldSimple w:instr=\" =SUM(ABOVE) \"><w:r><w:t>17</w:t></w:r></w:fldSimple></w:p>" +
            "<w:p><w:hyperlink w:anchor=\"x\"><w:r><w:t>门户网站</w:t></w:r></w:hyperlink><w:r><w:sym w:font=\"Symbol\" w:char=\"F02D\"/><w:tab/><w:t>完</w:t><w:noBreakHyphen/><w:softHyphen/></w:r></w:p>"));
        Assert.Equal(["2024年", "17", "门户网站-\t完-"], Paragraphs(layout!).Select(p => p.Text));
    }

    [Fact]
    public void LineBreaks_SplitParagraphsThatKeepTheirPlace()
    {
        var (layout, text, _) = Layout(FromBody(P("前言") + "<w:p><w:r><w:t>一、总体情况</w:t><w:br/><w:t>本年度工作平稳。</w:t><w:cr/><w:t>　</w:t></w:r></w:p>"));
        var ps = Paragraphs(layout!);
        Assert.Equal(["前言", "一、总体情况", "本年度工作平稳。"], ps.Select(p => p.Text));
        Assert.All(ps.Skip(1), p => Assert.Equal(("paragraph 2", 2), (p.Where.Anchor, p.Where.Line)));
        Assert.All(ps, p => Assert.Equal(p.Text, text.Substring(p.Where.Span.Start, p.Where.Span.Length)));
    }

    [Fact]
    public void ContentControls_ReadExceptPlaceholders_HiddenTextDropped()
    {
        var (layout, _, _) = Layout(FromBody(
            "<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>" + P("块内段落") + "</w:sdtContent></w:sdt>" +
            "<w:p><w:r><w:t>申请</w:t></w:r><w:sdt><w:sdtPr><w:id w:val=\"2\"/></w:sdtPr><w:sdtContent><w:r><w:t>5</w:t></w:r></w:sdtContent></w:sdt><w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏 999）</w:t></w:r><w:r><w:t>件</w:t></w:r></w:p>" +
            "<w:p><w:sdt><w:sdtPr><w:id w:val=\"3\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt></w:p>" +
            "<w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>显示</w:t></w:r></w:p>"));
        Assert.Equal(["块内段落", "申请5件", "显示"], Paragraphs(layout!).Select(p => p.Text));
    }

    [Fact]
    public void FullWidthText_NormalisedWithPrintedTextKept()
    {
        var (layout, _, _) = Layout(FromBody(P("（一）主动公开　１２３件")));
        var p = Paragraphs(layout!)[0];
        Assert.Equal("(一)主动公开 123件", p.Text);
        Assert.Equal("（一）主动公开　１２３件", p.Raw);
        Assert.Null(Paragraphs(Layout(FromBody(P("已是半角 12"))).Layout!)[0].Raw);
    }

    [Fact]
    public void HeadingLevels_FromStyleNameOutlineLevelAndBasedOn()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Cn3\"><w:name w:val=\"标题 3\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"我的标题\"/><w:basedOn w:val=\"1\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Outline\"><w:name w:val=\"大纲\"/><w:pPr><w:outlineLvl w:val=\"4\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:name w:val=\"环\"/><w:basedOn w:val=\"Loop\"/></w:style>";
        string Styled(string id, string text) => "<w:p><w:pPr><w:pStyle w:val=\"" + id + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
        var (layout, _, _) = Layout(FromBody(
            Styled("1", "甲") + Styled("Cn3", "乙") + Styled("Mine", "丙") + Styled("Outline", "丁") + Styled("Loop", "戊") +
            "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>己</w:t></w:r></w:p>" + P("庚"), styles));
        Assert.Equal([1, 3, 1, 5, 0, 2, 0], Paragraphs(layout!).Select(p => p.HeadingLevel));
    }

    [Fact]
    public void ListNumbers_RenderedAsPrinted()
    {
        const string numbering =
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl></w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>";
        const string styles = "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 2\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        string N(int id, int level, string text) => "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + id + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
        var (layout, _, _) = Layout(FromBody(
            "<w:p><w:pPr><w:pStyle w:val=\"H\"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>" + N(1, 1, "主动公开") + N(1, 1, "依申请公开") +
            N(1, 0, "主动公开政府信息情况") + N(1, 1, "规章") + N(2, 0, "属于国家秘密") + N(2, 0, "其他") + N(3, 0, "要点") +
            "<w:p><w:pPr><w:pStyle w:val=\"H\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>无编号</w:t></w:r></w:p>",
            styles,
            numbering));
        Assert.Equal(
            ["一、总体情况", "(一)主动公开", "(二)依申请公开", "二、主动公开政府信息情况", "(一)规章", "1.属于国家秘密", "2.其他", "要点", "无编号"],
            Paragraphs(layout!).Select(p => p.Text));
        Assert.Equal("（一）主动公开", Paragraphs(layout!)[1].Raw);
    }

    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(101, "chineseCountingThousand", "一百零一")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(2, "decimalEnclosedCircle", "②")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(7, "decimalZero", "07")]
    public void NumberFormats(int n, string format, string expected) =>
        Assert.Equal(expected, Gongkai.Formats.Docx.DocxNumbering.Format(n, format));

    [Fact]
    public void EmptyBody_IsAnEmptyDocument()
    {
        var r = Gongkai.Formats.Docx.DocxReader.Instance.Read(new ReportSource("e.docx", FromBody(P("   "))), ReaderOptions.Default);
        Assert.Null(r.Value);
        Assert.Contains(r.Diagnostics, d => d.Id == ReaderMessages.EmptyDocument);
    }
}

/// <summary>Documents saved as ISO 29500 Strict.</summary>
public sealed partial class DocxReaderTests
{
    [Fact]
    public void StrictOpenXml_ReadLikeTransitional()
    {
        var rels = RawDocx.Rels.Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", StringComparison.Ordinal);
        var doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" w:conformance=\"strict\"><w:body>" +
            "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>第二十条第（五）项</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
        var bytes = Zip(("[Content_Types].xml", Utf8(RawDocx.ContentTypes)), ("_rels/.rels", Utf8(rels)), ("word/document.xml", Utf8(doc)));
        var (layout, _, _) = Layout(bytes);
        Assert.Equal("一、总体情况", Paragraphs(layout!)[0].Text);
        Assert.Equal([["第二十条第(五)项", "第二十条第(五)项"], ["行政许可", "5"]], Texts(Tables(layout!)[0]));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Schema;

namespace Gongkai.Tests.Docx;

internal static partial class PlanDocx
{
    /// <summary>Writes the body XML of a plan with its hazards.</summary>
    private sealed partial class BodyWriter(StringBuilder sb, DocxHazards hazards)
    {
        private bool Has(DocxHazards h) => (hazards & h) != 0;

        public string? Link { get; private set; }

        private bool _proseHazardsDone;

        public void Write(ReportPlan plan)
        {
            if (!Has(DocxHazards.LayoutTable))
            {
                foreach (var item in plan.Items)
                {
                    Item(item);
                }

                return;
            }

            // a one-column layout table: the front matter in the first row, each section in a row of its own
            sb.Append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"9500\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"9500\" w:type=\"dxa\"/></w:tcPr>");
            var first = true;
            foreach (var item in plan.Items)
            {
                if (item.Level == 2 && !first)
                {
                    sb.Append("<w:p/></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:tcW w:w=\"9500\" w:type=\"dxa\"/></w:tcPr>");
                }

                first = false;
                Item(item);
            }

            sb.Append("<w:p/></w:tc></w:tr></w:tbl><w:p/>");
        }

        private void Item(PlanItem item)
        {
            if (item.Table is { } t)
            {
                if (Has(DocxHazards.TextBoxes) && t.Id == TableId.Applications)
                {
                    DrawingTextBox(t);
                }
                else if (Has(DocxHazards.TextBoxes) && t.Id == TableId.Appeals)
                {
                    sb.Append("<w:p><w:r><w:pict><v:shape id=\"box3\" style=\"width:460pt;height:120pt\"><v:textbox><w:txbxContent>");
                    Table(t);
                    sb.Append("<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
                }
                else
                {
                    Table(t);
                }

                return;
            }

            switch (item.Level)
            {
                case 1:
                    Title(item.Text);
                    break;
                case 2:
                    Heading(item.Text);
                    break;
                default:
                    Prose(item.Text);
                    break;
            }
        }

        private void Title(string text)
        {
            sb.Append("<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr>");
            var year = YearPattern().Match(text);
            if (Has(DocxHazards.FieldsAndControls) && year.Success)
            {
                // the year comes from a field: its instruction is not text, its result is
                Run(text[..year.Index]);
                sb.Append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY ReportYear \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
                Run(year.Value);
                sb.Append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
                Run(text[(year.Index + year.Length)..]);
            }
            else
            {
                Run(text);
            }

            sb.Append("</w:p>");
        }

        private void Heading(string text)
        {
            var numbered = NumberPattern().Match(text);
            if (Has(DocxHazards.FieldsAndControls) && numbered.Success)
            {
                // "一、" comes from the list numbering of the style, not from the text
                sb.Append("<w:p><w:pPr><w:pStyle w:val=\"SectionHeading\"/></w:pPr>");
                Run(text[numbered.Length..]);
                sb.Append("</w:p>");
                return;
            }

            sb.Append("<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr>");
            Run(text);
            sb.Append("</w:p>");
        }

        private void Prose(string text)
        {
            if (Has(DocxHazards.FieldsAndControls) && !_proseHazardsDone)
            {
                _proseHazardsDone = true;

                // a block content control around the paragraph, hidden text and a placeholder inside it
                sb.Append("<w:sdt><w:sdtPr><w:alias w:val=\"概述\"/><w:id w:val=\"101\"/></w:sdtPr><w:sdtContent><w:p>");
                Run(text);
                sb.Append("<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部稿，勿公开：本年新收申请 999 件。）</w:t></w:r>");
                sb.Append("<w:sdt><w:sdtPr><w:id w:val=\"102\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>");
                sb.Append("</w:p></w:sdtContent></w:sdt>");

                // a hyperlink, a symbol, a tab and a line break
                Link = "https://www.example.gov.cn/xxgk/";
                sb.Append("<w:p><w:r><w:t xml:space=\"preserve\">本报告电子版可在</w:t></w:r><w:hyperlink r:id=\"rIdLink1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>本机关门户网站</w:t></w:r></w:hyperlink>");
                sb.Append("<w:r><w:t>下载</w:t></w:r><w:r><w:sym w:font=\"Symbol\" w:char=\"F02E\"/></w:r><w:r><w:br/><w:t xml:space=\"preserve\">联系电话：</w:t><w:tab/><w:t>0000-0000000</w:t></w:r></w:p>");
                return;
            }

            if (Has(DocxHazards.TrackedChanges) && !_proseHazardsDone)
            {
                _proseHazardsDone = true;

                // a deleted paragraph, a paragraph with moved and inserted text
                sb.Append("<w:p><w:pPr><w:rPr><w:del w:id=\"201\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"/></w:rPr></w:pPr><w:del w:id=\"202\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:delText>本年度新收政府信息公开申请 999 件，全部予以公开。</w:delText></w:r></w:del></w:p>");
                sb.Append("<w:p><w:moveFrom w:id=\"203\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:t>（此句已移走）</w:t></w:r></w:moveFrom>");
                Run(text);
                sb.Append("<w:ins w:id=\"204\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:t>（修订时补充：以上数据已复核。）</w:t></w:r></w:ins></w:p>");
                return;
            }

            sb.Append("<w:p>");
            Run(text);
            sb.Append("</w:p>");
        }

        private void Run(string text)
        {
            if (text.Length > 0)
            {
                sb.Append("<w:r><w:t xml:space=\"preserve\">").Append(Esc(text)).Append("</w:t></w:r>");
            }
        }

        [GeneratedRegex(@"(?:19|20)\d{2}")]
        private static partial Regex YearPattern();

        [GeneratedRegex(@"^[一二三四五六七八九十]{1,2}、")]
        private static partial Regex NumberPattern();
    }
}

using Gongkai.Schema;

namespace Gongkai.Tests.Docx;

internal static partial class PlanDocx
{
    private sealed partial class BodyWriter
    {
        private void Table(PlanTable t)
        {
            var colWidth = 9000 / t.Width;
            sb.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
            foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
            {
                sb.Append("<w:").Append(side).Append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
            }

            sb.Append("</w:tblBorders></w:tblPr><w:tblGrid>");
            for (var i = 0; i < t.Width; i++)
            {
                sb.Append("<w:gridCol w:w=\"").Append(colWidth).Append("\"/>");
            }

            sb.Append("</w:tblGrid>");
            var grid = Grid(t);
            for (var r = 0; r < grid.Count; r++)
            {
                var row = grid[r];
                var label = row.FirstOrDefault(c => !c.Continues && c.Cell.FieldId is null).Cell?.Text ?? string.Empty;
                var tracked = Has(DocxHazards.TrackedChanges) && t.Id == TableId.Applications;
                var controls = Has(DocxHazards.FieldsAndControls) && t.Id == TableId.Applications;
                if (controls && label.Contains("本年新收", StringComparison.Ordinal))
                {
                    // a row-level content control
                    sb.Append("<w:sdt><w:sdtPr><w:id w:val=\"301\"/></w:sdtPr><w:sdtContent>");
                    Row(row, colWidth, tracked && label.Contains("本年新收", StringComparison.Ordinal), controls);
                    sb.Append("</w:sdtContent></w:sdt>");
                }
                else
                {
                    Row(row, colWidth, tracked && label.Contains("本年新收", StringComparison.Ordinal), controls);
                }

                if (tracked && label.Contains("予以公开", StringComparison.Ordinal))
                {
                    // a whole row deleted with tracking: a second "予以公开" row that must not be read
                    sb.Append("<w:tr><w:trPr><w:del w:id=\"401\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"/></w:trPr>");
                    foreach (var (cell, continues) in row)
                    {
                        var text = continues ? string.Empty : cell.FieldId is null ? cell.Text : "99";
                        Cell(cell, continues, colWidth, text);
                    }

                    sb.Append("</w:tr>");
                }
            }

            sb.Append("</w:tbl>");
        }

        private void Row(List<(PlanCell Cell, bool Continues)> row, int colWidth, bool trackedValues, bool controls)
        {
            sb.Append("<w:tr>");
            var values = 0;
            foreach (var (cell, continues) in row)
            {
                if (continues || cell.FieldId is null)
                {
                    Cell(cell, continues, colWidth, cell.Text);
                    continue;
                }

                values++;
                if (trackedValues)
                {
                    // the value typed over a deleted one
                    Open(cell, false, colWidth);
                    sb.Append("<w:p><w:del w:id=\"5").Append(values).Append("\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:delText>9</w:delText></w:r></w:del>");
                    sb.Append("<w:ins w:id=\"6").Append(values).Append("\" w:author=\"审核人\" w:date=\"2024-01-10T09:00:00Z\"><w:r><w:t>").Append(Esc(cell.Text)).Append("</w:t></w:r></w:ins></w:p></w:tc>");
                }
                else if (controls && values == 1 && cell.FieldId!.Contains(".new.", StringComparison.Ordinal))
                {
                    // a cell-level content control
                    sb.Append("<w:sdt><w:sdtPr><w:id w:val=\"302\"/></w:sdtPr><w:sdtContent>");
                    Cell(cell, false, colWidth, cell.Text);
                    sb.Append("</w:sdtContent></w:sdt>");
                }
                else if (controls && cell.FieldId!.StartsWith("t2.total.", StringComparison.Ordinal) && cell.Text.Length > 0)
                {
                    // a formula field: its result is the printed value
                    Open(cell, false, colWidth);
                    sb.Append("<w:p><w:fldSimple w:instr=\" =SUM(ABOVE) \"><w:r><w:t>").Append(Esc(cell.Text)).Append("</w:t></w:r></w:fldSimple></w:p></w:tc>");
                }
                else if (controls && values == 2)
                {
                    // a run-level content control
                    Open(cell, false, colWidth);
                    sb.Append("<w:p><w:sdt><w:sdtPr><w:id w:val=\"303\"/></w:sdtPr><w:sdtContent><w:r><w:t>").Append(Esc(cell.Text)).Append("</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc>");
                }
                else
                {
                    Cell(cell, false, colWidth, cell.Text);
                }
            }

            sb.Append("</w:tr>");
        }

        private void Open(PlanCell cell, bool continues, int colWidth)
        {
            sb.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(colWidth * cell.ColSpan).Append("\" w:type=\"dxa\"/>");
            if (cell.ColSpan > 1)
            {
                sb.Append("<w:gridSpan w:val=\"").Append(cell.ColSpan).Append("\"/>");
            }

            if (continues)
            {
                sb.Append("<w:vMerge/>");
            }
            else if (cell.RowSpan > 1)
            {
                sb.Append("<w:vMerge w:val=\"restart\"/>");
            }

            sb.Append("</w:tcPr>");
        }

        private void Cell(PlanCell cell, bool continues, int colWidth, string text)
        {
            Open(cell, continues, colWidth);
            sb.Append("<w:p>");
            Run(continues ? string.Empty : text);
            sb.Append("</w:p></w:tc>");
        }

        /// <summary>Table 2 in a floating DrawingML text box, with the VML copy Word writes for older readers.</summary>
        private void DrawingTextBox(PlanTable t)
        {
            sb.Append("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>");
            sb.Append("<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">");
            sb.Append("<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>");
            sb.Append("<wp:extent cx=\"5800000\" cy=\"6000000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"表二\"/><wp:cNvGraphicFramePr/>");
            sb.Append("<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5800000\" cy=\"6000000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>");
            Table(t);
            sb.Append("<w:p/></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>");
            sb.Append("<mc:Fallback><w:pict><v:shape id=\"box2\" style=\"width:456pt;height:472pt\"><v:textbox><w:txbxContent>");
            Table(t);
            sb.Append("<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>");
        }
    }
}

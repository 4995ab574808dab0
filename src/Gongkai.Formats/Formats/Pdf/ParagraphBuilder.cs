using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Joins lines of running text into paragraphs. A line opens a new paragraph when it is indented from the body's
/// left edge (a first-line indent), when the line before it stopped short of the right edge (a paragraph's last
/// line, a heading), or when it stands further below the line before than lines of a paragraph do. A paragraph
/// goes on across a page break.
/// </summary>
internal static class ParagraphBuilder
{
    public static List<PdfParagraph> Build(List<PdfBand> bands, PdfBody body, double pitch)
    {
        var lines = new List<PdfItem>();
        foreach (var b in bands)
        {
            lines.AddRange(b.Items);
        }

        var result = new List<PdfParagraph>();
        var sb = new StringBuilder();
        PdfItem? first = null;
        PdfItem? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && StartsNew(previous, line, body, pitch))
            {
                result.Add(new PdfParagraph(sb.ToString(), first!.Anchor));
                sb.Clear();
                first = null;
            }

            first ??= line;
            PdfText.AppendLine(sb, line.Text);
            previous = line;
        }

        if (first is not null)
        {
            result.Add(new PdfParagraph(sb.ToString(), first.Anchor));
        }

        return result;
    }

    private static bool StartsNew(PdfItem previous, PdfItem line, PdfBody body, double pitch)
    {
        var em = Math.Max(1, line.Em);
        if (IsCentredPair(previous, line, body))
        {
            // a title wrapped over centred lines ("洪泽区人民政府" / "2023 年政府信息公开工作年度报告")
            return false;
        }

        if (previous.Kind != PdfItemKind.Prose || line.Kind == PdfItemKind.Vertical)
        {
            // a short line (heading, last line) ends its paragraph; only full lines run on
            return true;
        }

        if (line.Box.XMin > body.Left + (0.8 * em))
        {
            return true;
        }

        if (previous.Box.XMax < body.Right - (1.5 * em))
        {
            return true;
        }

        if (line.Page == previous.Page)
        {
            return line.YCenter - previous.YCenter > 1.4 * pitch || line.YCenter < previous.YCenter;
        }

        return false;
    }

    /// <summary>
    /// Two centred lines of one size, close together: a title wrapped over two lines. The first may run across the
    /// whole body when its type is larger than the body's (a long title's first line). Their centres agree within
    /// half an em, each within 0.6 em of the body's centre (equal margins), and they start at different places: two
    /// one-line paragraphs that stop short near the middle ("…1196件，取得较好成效。" / "我局制发…") both start at the
    /// first-line indent, and a paragraph's last line starts at the margin.
    /// </summary>
    private static bool IsCentredPair(PdfItem previous, PdfItem line, PdfBody body)
    {
        var centre = (body.Left + body.Right) / 2;
        var em = Math.Max(previous.Em, line.Em);
        if (previous.Page != line.Page || previous.Kind == PdfItemKind.Vertical || line.Kind == PdfItemKind.Vertical)
        {
            return false;
        }

        // centred on one axis; two paragraphs' short first lines, both indented alike, are not
        var centred = Math.Abs(previous.Box.XCenter - centre) <= 0.6 * em && Math.Abs(line.Box.XCenter - centre) <= 0.6 * em
            && Math.Abs(previous.Box.XCenter - line.Box.XCenter) <= 0.5 * em && Math.Abs(previous.Box.XMin - line.Box.XMin) > em;
        var sameSize = Math.Abs(previous.Em - line.Em) <= 0.15 * em;
        var close = line.YCenter > previous.YCenter && line.YCenter - previous.YCenter <= 1.8 * em;
        var shortLines = !body.IsFullLine(line.Box, line.Em) && (!body.IsFullLine(previous.Box, previous.Em) || previous.Em > 1.1 * body.Em);
        return centred && sameSize && close && shortLines && line.Box.XMin > body.Left + em;
    }

    /// <summary>The usual distance between lines of running text: the median over neighbouring prose lines of a page.</summary>
    public static double Pitch(List<PdfBand> bands, double em)
    {
        var gaps = new List<double>();
        PdfBand? previous = null;
        foreach (var b in bands)
        {
            var prose = b.Items.Count == 1 && b.Items[0].Kind == PdfItemKind.Prose;
            if (prose && previous is not null && previous.Page == b.Page)
            {
                gaps.Add(b.YCenter - previous.YCenter);
            }

            previous = prose ? b : null;
        }

        if (gaps.Count == 0)
        {
            return 2 * em;
        }

        gaps.Sort();
        return gaps[gaps.Count / 2];
    }
}

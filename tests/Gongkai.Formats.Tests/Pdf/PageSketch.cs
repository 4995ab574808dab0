using Gongkai.Formats.Layout;
using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

/// <summary>
/// Pages drawn by hand for the geometry tests, word by word as pdftotext reports them (one word per line, as WPS
/// writes table cells), and the rebuilt layout written back as lines of tab-separated cells.
/// </summary>
internal sealed class PageSketch
{
    private readonly List<List<PdfLine>> _pages = [[]];

    /// <summary>Font size of the sketch: a CJK character is this wide.</summary>
    public double Size { get; init; } = 10;

    public PageSketch NewPage()
    {
        _pages.Add([]);
        return this;
    }

    /// <summary>A line of one word at (x, y), y the top of the box; digits are half as wide as CJK characters.</summary>
    public PageSketch Word(string text, double x, double y) => Line(x, y, (text, 0));

    /// <summary>A line of several words, each given with its gap from the one before.</summary>
    public PageSketch Line(double x, double y, params (string Text, double Gap)[] words)
    {
        var list = new List<PdfWord>();
        var at = x;
        foreach (var (text, gap) in words)
        {
            at += gap;
            var width = text.Sum(c => char.IsAsciiDigit(c) || c is '.' or '-' ? 0.55 * Size : Size);
            list.Add(new PdfWord(text, new PdfBox(at, y, at + width, y + Size)));
            at += width;
        }

        Add(list);
        return this;
    }

    /// <summary>Text written top to bottom, one character under the other.</summary>
    public PageSketch Vertical(string text, double x, double y)
    {
        Add([.. text.Select((c, i) => new PdfWord(c.ToString(), new PdfBox(x, y + (i * Size), x + Size, y + ((i + 1) * Size))))]);
        return this;
    }

    /// <summary>A line of running text across the body (a paragraph line).</summary>
    public PageSketch Prose(string text, double y) => Line(60, y, (text, 0));

    public List<PdfPage> Pages => [.. _pages.Select((lines, i) => new PdfPage(i + 1, 595, 842, lines))];

    public LayoutDocument Build() => PdfLayoutBuilder.Build(Pages);

    /// <summary>The tables of the layout, one line per row, cells joined by "|" (cell texts are normalised: "（一）" reads "(一)").</summary>
    public static List<string> Rows(LayoutDocument doc) =>
        [.. doc.Blocks.OfType<LayoutTable>().SelectMany(t => t.Rows).Select(r => string.Join("|", r.Cells.Select(c => c.Text)))];

    private void Add(List<PdfWord> words)
    {
        var box = words[0].Box;
        foreach (var w in words)
        {
            box = box.Union(w.Box);
        }

        var page = _pages[^1];
        page.Add(new PdfLine(words, box, page.Count + 1));
    }
}

namespace Gongkai.Formats.Pdf;

/// <summary>What a piece of text on a page is, before tables and paragraphs are known.</summary>
internal enum PdfItemKind
{
    /// <summary>Words of a label, header or short line.</summary>
    Text = 0,

    /// <summary>A lone number or placeholder, set apart from its neighbours: a table value.</summary>
    Value = 1,

    /// <summary>A full-width line of running text.</summary>
    Prose = 2,

    /// <summary>Text written top to bottom, one character under the other ("三、本年度办理结果" in a merged cell).</summary>
    Vertical = 3,
}

/// <summary>
/// A run of words read as one piece: part of a pdftotext line (split at wide gaps and around values), a whole prose
/// line, or a vertical text gathered from several lines.
/// </summary>
internal sealed class PdfItem(int page, IReadOnlyList<PdfWord> words, PdfBox box, string text, PdfItemKind kind, double em, int line)
{
    public int Page { get; } = page;

    public IReadOnlyList<PdfWord> Words { get; } = words;

    public PdfBox Box { get; } = box;

    /// <summary>The words joined, as printed (before full-width normalisation).</summary>
    public string Text { get; } = text;

    public PdfItemKind Kind { get; } = kind;

    /// <summary>The font size, from the advance of its CJK characters (or the page's when it has none).</summary>
    public double Em { get; } = em;

    /// <summary>The pdftotext line it came from (1-based on its page).</summary>
    public int Line { get; } = line;

    public double YCenter => Box.YCenter;

    public PdfAnchor Anchor => new(Page, Box.XMin, Box.YMin);

    public override string ToString() => $"p{Page} {Kind} [{Box.XMin:0}-{Box.XMax:0} x {Box.YMin:0}-{Box.YMax:0}] {Text}";
}

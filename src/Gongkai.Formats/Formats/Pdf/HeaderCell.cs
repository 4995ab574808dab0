using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// A header cell put together from its words: several lines of one column ("社会/公益/组织"), or characters spread
/// over the width ("总 计"). Lines are read top to bottom, words left to right.
/// </summary>
internal sealed class HeaderCell
{
    private readonly List<HeaderWord> _words = [];

    public HeaderCell(HeaderWord first)
    {
        Add(first);
    }

    public PdfBox Box { get; private set; }

    public int Page => _words[0].Page;

    /// <summary>The seed columns the cell's words lie over.</summary>
    public SortedSet<int> Covered { get; } = [];

    public IReadOnlyList<HeaderWord> Words => _words;

    public double LastYCenter => _words[^1].Box.YCenter;

    public int LastPage => _words[^1].Page;

    /// <summary>Adds a word; one on a later page (the header broke across pages) adds its text, not its place.</summary>
    public void Add(HeaderWord word)
    {
        if (_words.Count == 0)
        {
            Box = word.Box;
        }
        else if (word.Page == Page)
        {
            Box = Box.Union(word.Box);
        }

        _words.Add(word);
    }

    public PdfAnchor Anchor => new(Page, Box.XMin, Box.YMin);

    public string Text(double em)
    {
        var ordered = new List<HeaderWord>(_words);
        ordered.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : a.Box.YCenter.CompareTo(b.Box.YCenter));
        var sb = new StringBuilder();
        var line = new List<PdfWord>();
        double lineY = double.NaN;
        var linePage = 0;
        foreach (var w in ordered)
        {
            if (line.Count > 0 && (Math.Abs(w.Box.YCenter - lineY) > 0.4 * em || w.Page != linePage))
            {
                FlushLine(sb, line, em);
            }

            if (line.Count == 0)
            {
                lineY = w.Box.YCenter;
                linePage = w.Page;
            }

            line.Add(new PdfWord(w.Text, w.Box));
        }

        FlushLine(sb, line, em);
        return sb.ToString();
    }

    private static void FlushLine(StringBuilder sb, List<PdfWord> line, double em)
    {
        if (line.Count == 0)
        {
            return;
        }

        line.Sort((a, b) => a.Box.XMin.CompareTo(b.Box.XMin));
        var one = new StringBuilder();
        PdfText.AppendWords(one, line, em);
        PdfText.AppendLine(sb, one.ToString());
        line.Clear();
    }
}

using System.Text;
using Gongkai.Labels;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// One label as printed in a table's label area: one line, the lines of a label wrapped in its cell
/// ("（二）部分公开（区分处理的，只计这一情 形，不" + "计其他情形）"), or a vertical text.
/// </summary>
internal sealed class LabelBlock
{
    private readonly List<PdfItem> _lines = [];

    public LabelBlock(PdfItem first)
    {
        _lines.Add(first);
        Box = first.Box;
    }

    public IReadOnlyList<PdfItem> Lines => _lines;

    public int Page => _lines[0].Page;

    public PdfBox Box { get; private set; }

    public double YCenter => Box.YCenter;

    /// <summary>How far right the label starts: deeper levels of the row hierarchy start further right.</summary>
    public double Level => Box.XMin;

    public bool IsVertical => _lines[0].Kind == PdfItemKind.Vertical;

    public double Em => _lines[0].Em;

    public PdfAnchor Anchor => _lines[0].Anchor;

    public PdfItem Last => _lines[^1];

    /// <summary>Adds a line; one on a later page (the cell broke across pages) adds its text, not its place.</summary>
    public void Add(PdfItem line)
    {
        _lines.Add(line);
        if (line.Page == Page)
        {
            Box = Box.Union(line.Box);
        }
    }

    public string Text
    {
        get
        {
            if (_lines.Count == 1)
            {
                return _lines[0].Text;
            }

            var sb = new StringBuilder();
            foreach (var l in _lines)
            {
                PdfText.AppendLine(sb, l.Text);
            }

            return sb.ToString();
        }
    }

    /// <summary>The numbering the label starts with ("1.", "（三）", "一、"), if any.</summary>
    public LabelPrefix Prefix => NumberingOf(_lines[0].Text);

    public static LabelPrefix NumberingOf(string text) => LabelIndex.Split(text).Prefix;

    /// <summary>Splits a block back into one block per line.</summary>
    public IEnumerable<LabelBlock> Singles()
    {
        foreach (var l in _lines)
        {
            yield return new LabelBlock(l);
        }
    }
}

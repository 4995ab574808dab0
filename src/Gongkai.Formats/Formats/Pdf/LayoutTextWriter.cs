using System.Collections.Immutable;
using System.Text;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>
/// Writes the rebuilt document as plain text, one paragraph or table row per line with cells separated by tabs (the
/// form of a text copy), and gives every paragraph and cell its span in that text, its line and column, and its PDF
/// anchor ("p3 (x 384, y 512)"). The text as printed (full-width digits and brackets kept) becomes
/// <see cref="LayoutDocument.Original"/>; spans index its normalised form, which has the same length.
/// </summary>
internal sealed class LayoutTextWriter
{
    private readonly StringBuilder _raw = new(16 * 1024);
    private readonly List<Func<string, LayoutBlock>> _blocks = [];
    private int _line;

    public void Paragraph(PdfParagraph p)
    {
        var text = Clean(p.Text);
        if (text.Length == 0)
        {
            return;
        }

        var start = _raw.Length;
        var line = ++_line;
        var anchor = p.Anchor.ToString();
        _raw.Append(text).Append('\n');
        _blocks.Add(n => new LayoutParagraph(n.Substring(start, text.Length), new SourceRef(new TextSpan(start, text.Length), line, 1, anchor)));
    }

    public void Table(PdfTable table)
    {
        var rows = new List<Func<string, LayoutRow>>();
        foreach (var row in table.Rows)
        {
            var lineStart = _raw.Length;
            var line = ++_line;
            var cells = new List<(int Start, int Length, string? Anchor, bool Unplaced)>(row.Cells.Count);
            string? rowAnchor = null;
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (i > 0)
                {
                    _raw.Append('\t');
                }

                var text = Clean(row.Cells[i].Text);
                var anchor = row.Cells[i].Anchor?.ToString();
                if (text.Length > 0)
                {
                    rowAnchor ??= anchor;
                }

                cells.Add((_raw.Length, text.Length, anchor, row.Cells[i].Unplaced));
                _raw.Append(text);
            }

            var lineLength = _raw.Length - lineStart;
            _raw.Append('\n');
            rows.Add(n =>
            {
                var built = new LayoutCell[cells.Count];
                for (var i = 0; i < cells.Count; i++)
                {
                    var (s, len, a, unplaced) = cells[i];
                    built[i] = new LayoutCell(len == 0 ? string.Empty : n.Substring(s, len), new SourceRef(new TextSpan(s, len), line, s - lineStart + 1, a)) { Unplaced = unplaced && len > 0 };
                }

                return new LayoutRow([.. built], new SourceRef(new TextSpan(lineStart, lineLength), line, 1, rowAnchor));
            });
        }

        if (rows.Count == 0)
        {
            return;
        }

        _blocks.Add(n =>
        {
            var built = ImmutableArray.CreateBuilder<LayoutRow>(rows.Count);
            foreach (var r in rows)
            {
                built.Add(r(n));
            }

            var all = built.MoveToImmutable();
            return new LayoutTable(all, all[0].Where, table.IsGrid);
        });
    }

    public LayoutDocument ToDocument()
    {
        var raw = _raw.ToString();
        var normalized = LabelNormalizer.NormalizeText(raw);
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>(_blocks.Count);
        foreach (var b in _blocks)
        {
            blocks.Add(b(normalized));
        }

        return new LayoutDocument(blocks.MoveToImmutable(), normalized.Length, "pdf", ReferenceEquals(raw, normalized) ? null : raw);
    }

    /// <summary>The text on one line of the output: no tabs or line breaks inside, no space at either end.</summary>
    private static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            text = text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        }

        return text.Trim();
    }
}

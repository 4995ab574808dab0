using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Gongkai.Diagnostics;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Text;
using static Gongkai.Formats.Docx.DocxNames;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Walks a document body in reading order and produces the layout: paragraphs (split at line breaks, with heading
/// levels and list numbers), tables as grids, and text boxes read where they are anchored. It also writes a plain text
/// of the document, one paragraph or table row per line with cells separated by tabs, that every span indexes; the
/// line of a place is the index of its paragraph in body order (counting every w:p, in cells and text boxes too).
/// </summary>
internal sealed partial class DocxLayoutBuilder
{
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly DocxReaderOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly DocxInlineText _inline;
    private readonly StringBuilder _text = new();
    private readonly List<LayoutBlock> _blocks = [];
    private CellSink? _cell;
    private int _paragraphs;
    private int _tables;
    private bool _nestingReported;

    public DocxLayoutBuilder(DocxStyles styles, DocxNumbering numbering, DocxReaderOptions options, List<Diagnostic> diagnostics)
    {
        _styles = styles;
        _numbering = numbering;
        _options = options;
        _diagnostics = diagnostics;
        _inline = new DocxInlineText(options.MaxXmlDepth);
    }

    /// <summary>The plain text the spans index (the normalised text of every paragraph and cell).</summary>
    public string PlainText => _text.ToString();

    public LayoutDocument Build(XElement? body, string format)
    {
        if (body is not null)
        {
            Blocks(body, 0);
        }

        return new LayoutDocument([.. _blocks], _text.Length, format);
    }

    /// <summary>The block-level content of a body, cell, text box or content control.</summary>
    private void Blocks(XElement container, int depth)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == P)
            {
                Paragraph(child, depth);
            }
            else if (child.Name == Tbl)
            {
                Table(child, depth);
            }
            else if (Wrapped(child) is { } inner)
            {
                Blocks(inner, depth);
            }
        }
    }

    /// <summary>
    /// The content of a wrapper that holds blocks, rows or cells (w:sdt → w:sdtContent, w:customXml, mc:AlternateContent
    /// → its choice, a tracked insertion); null for anything else, including tracked deletions.
    /// </summary>
    private static XElement? Wrapped(XElement e)
    {
        if (e.Name == AlternateContent)
        {
            return DocxInlineText.Choose(e);
        }

        if (e.Name.Namespace != W)
        {
            return null;
        }

        return e.Name.LocalName switch
        {
            "sdt" => DocxInlineText.IsShowingPlaceholder(e) ? null : e.Element(SdtContent),
            "customXml" or "ins" or "moveTo" or "smartTag" => e,
            _ => null,
        };
    }

    private void Paragraph(XElement p, int depth)
    {
        var index = ++_paragraphs;
        var properties = p.Element(PPr);
        var styleId = ValOf(properties, PStyle);
        var raw = _inline.Read(p);
        var boxes = _inline.Boxes.Count == 0 ? [] : _inline.Boxes.ToArray();
        var number = ListNumber(properties, styleId);
        if (number.Length > 0)
        {
            // "一、" then the text; a space only between a number without punctuation and a word
            raw = number + (IsPunctuation(number[^1]) ? string.Empty : " ") + raw;
        }

        if (_cell is { } cell)
        {
            cell.Add(raw.Replace('\n', ' '), index);
        }
        else
        {
            var level = _styles.HeadingLevel(styleId, IntOf(properties, OutlineLvl));
            var anchor = "paragraph " + index.ToString(CultureInfo.InvariantCulture);
            foreach (var piece in raw.Split('\n'))
            {
                Emit(piece, index, level, anchor);
            }
        }

        foreach (var box in boxes)
        {
            if (Enter(depth + 1))
            {
                Blocks(box, depth + 1);
            }
        }
    }

    private string ListNumber(XElement? properties, string? styleId)
    {
        var numPr = properties?.Element(NumPr);
        var level = IntOf(numPr, Ilvl);
        if (IntOf(numPr, NumId) is { } numId)
        {
            return _numbering.Next(numId, level ?? 0);
        }

        return _styles.Numbering(styleId) is { } fromStyle ? _numbering.Next(fromStyle.NumId, level ?? fromStyle.Level) : string.Empty;
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || c is '、' or '．' or '）' or ')' or '：' or ':';

    private void Emit(string piece, int line, int level, string anchor)
    {
        var printed = piece.Trim();
        if (printed.Length == 0)
        {
            return;
        }

        var text = LabelNormalizer.NormalizeText(printed);
        var start = _text.Length;
        _text.Append(text).Append('\n');
        var where = new SourceRef(new TextSpan(start, text.Length), line, 1, anchor);
        _blocks.Add(new LayoutParagraph(text, where, level, ReferenceEquals(text, printed) ? null : printed));
    }

    /// <summary>False (and one warning) when content nests deeper than the reader follows.</summary>
    private bool Enter(int depth)
    {
        if (depth <= _options.MaxNesting)
        {
            return true;
        }

        if (!_nestingReported)
        {
            _nestingReported = true;
            _diagnostics.Add(Diagnostic.Create(ReaderMessages.NestingTooDeep, Severity.Warning, ReaderMessages.NestingTooDeep, SourceRef.None, MessageArg.Of("limit", _options.MaxNesting)));
        }

        return false;
    }

    /// <summary>Collects the paragraphs of one table cell (and of text boxes inside it) as one text.</summary>
    private sealed class CellSink
    {
        private readonly StringBuilder _text = new();

        public int FirstParagraph { get; private set; }

        public void Add(string text, int paragraph)
        {
            if (FirstParagraph == 0)
            {
                FirstParagraph = paragraph;
            }

            var t = text.Trim();
            if (t.Length == 0)
            {
                return;
            }

            if (_text.Length > 0)
            {
                _text.Append(' ');
            }

            _text.Append(t);
        }

        public override string ToString() => _text.ToString();
    }
}

using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Decoding;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Text;

namespace Gongkai.Formats.PlainText;

/// <summary>Decodes, splits the text into paragraphs and table rows, and hands the layout to the assembler.</summary>
internal static class PlainTextReaderCore
{
    /// <summary>At most this many blank lines may separate two rows of one table.</summary>
    private const int MaxBlankLinesInTable = 2;

    public static ReadResult<ReportModel> Read(ReportSource source, ReaderOptions options)
    {
        var bytes = source.Bytes.Span;
        if (bytes.Length == 0)
        {
            return Fail(ReaderMessages.EmptyDocument);
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            return Fail(ReaderMessages.NotText);
        }

        var decoded = TextDecoder.Decode(bytes);
        var diagnostics = new List<Diagnostic>();
        if (!decoded.WasUtf8 && decoded.Encoding != "UTF-16LE" && decoded.Encoding != "UTF-16BE")
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.DecodedAs, Severity.Info, ReaderMessages.DecodedAs, SourceRef.None, MessageArg.Of("encoding", decoded.Encoding)));
        }

        if (decoded.InvalidSequences > 0)
        {
            diagnostics.Add(Diagnostic.Create(ReaderMessages.InvalidBytes, Severity.Warning, ReaderMessages.InvalidBytes, SourceRef.None, MessageArg.Of("count", decoded.InvalidSequences)));
        }

        return ReadText(source.Name, decoded.Text, options, diagnostics);
    }

    public static ReadResult<ReportModel> ReadText(string name, string text, ReaderOptions options, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(ReaderMessages.EmptyDocument);
        }

        var layout = BuildLayout(text);
        var result = ReportAssembler.Assemble(layout, name, options, diagnostics);
        return options.Integrity == ContentIntegrity.Strict && result.HasErrors ? result with { Value = null } : result;
    }

    /// <summary>Splits text into paragraphs (one per line) and tables (runs of tab- or pipe-separated lines).</summary>
    internal static LayoutDocument BuildLayout(string raw)
    {
        var text = LabelNormalizer.NormalizeText(raw);
        var blocks = new List<LayoutBlock>();
        var rows = new List<LayoutRow>();
        var blanks = 0;
        var line = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var end = text.AsSpan(pos).IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : pos + end;
            line++;
            ReadLine(text, pos, end, line, blocks, rows, ref blanks);
            if (end >= text.Length)
            {
                break;
            }

            pos = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        FlushTable(blocks, rows);
        return new LayoutDocument([.. blocks], text.Length, "text", ReferenceEquals(text, raw) ? null : raw);
    }

    private static void ReadLine(string text, int start, int end, int line, List<LayoutBlock> blocks, List<LayoutRow> rows, ref int blanks)
    {
        var span = text.AsSpan(start, end - start);
        if (span.IsWhiteSpace())
        {
            if (rows.Count > 0)
            {
                blanks++;
            }

            return;
        }

        var cells = SplitCells(text, start, end, line);
        if (cells is not null && IsTableRow(cells.Value))
        {
            if (rows.Count > 0 && blanks > MaxBlankLinesInTable)
            {
                FlushTable(blocks, rows);
            }

            blanks = 0;
            rows.Add(new LayoutRow(cells.Value, new SourceRef(new TextSpan(start, end - start), line, 1)));
            return;
        }

        FlushTable(blocks, rows);
        blanks = 0;
        blocks.Add(Paragraph(text, start, end, line));
    }

    private static LayoutParagraph Paragraph(string text, int start, int end, int line)
    {
        var s = start;
        var e = end;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        // Markdown heading marks and list bullets are layout, not text
        var level = 0;
        while (s < e && text[s] == '#')
        {
            level++;
            s++;
        }

        if (s + 1 < e && text[s] is '-' or '*' or '>' or '+' && text[s + 1] == ' ')
        {
            s += 2;
        }

        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        return new LayoutParagraph(text[s..e], new SourceRef(new TextSpan(s, e - s), line, s - start + 1), level);
    }

    private static ImmutableArray<LayoutCell>? SplitCells(string text, int start, int end, int line)
    {
        var span = text.AsSpan(start, end - start);
        char separator;
        int from = start, to = end;
        if (span.Contains('\t'))
        {
            separator = '\t';
        }
        else
        {
            var trimmed = span.Trim();
            if (trimmed.Length < 3 || trimmed[0] != '|' || trimmed.Count('|') < 2)
            {
                return null;
            }

            // a Markdown table row "| a | b |": drop the outer bars; a separator row "|---|---|" has no cells
            separator = '|';
            from = start + span.IndexOf('|') + 1;
            to = start + span.LastIndexOf('|');
            if (trimmed.Trim('|').ToString().All(c => c is '-' or ':' or '|' or ' '))
            {
                return [];
            }
        }

        var count = 1 + text.AsSpan(from, to - from).Count(separator);
        var cells = new LayoutCell[count];
        var n = 0;
        var cellStart = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && text[i] != separator)
            {
                continue;
            }

            var s = cellStart;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            cells[n++] = new LayoutCell(CellText(text, s, e), new SourceRef(new TextSpan(s, e - s), line, s - start + 1));
            cellStart = i + 1;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells);
    }

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The cell's text; the commonest cells ("0", "12") share one string instead of a copy each.</summary>
    private static string CellText(string text, int s, int e)
    {
        var n = e - s;
        if (n == 0)
        {
            return string.Empty;
        }

        if (n == 1 && char.IsAsciiDigit(text[s]))
        {
            return SmallNumbers[text[s] - '0'];
        }

        if (n == 2 && text[s] != '0' && char.IsAsciiDigit(text[s]) && char.IsAsciiDigit(text[s + 1]))
        {
            return SmallNumbers[((text[s] - '0') * 10) + text[s + 1] - '0'];
        }

        return text[s..e];
    }

    /// <summary>
    /// A tab-separated line is a table row when it holds a number or a placeholder, has three cells or more, or one
    /// of its cells is a label of the format. Otherwise (a title followed by a tab and "发布日期") it is a paragraph.
    /// </summary>
    private static bool IsTableRow(ImmutableArray<LayoutCell> cells)
    {
        if (cells.Length == 0)
        {
            return true;
        }

        if (cells.All(c => c.Text.Length == 0))
        {
            return false;
        }

        if (cells.Length >= 3)
        {
            return true;
        }

        foreach (var c in cells)
        {
            if (c.Text.Length > 0 && (CellParser.IsValueLike(c.Text) || LabelIndex.Default.Match(c.Text).IsMatch))
            {
                return true;
            }
        }

        return false;
    }

    private static void FlushTable(List<LayoutBlock> blocks, List<LayoutRow> rows)
    {
        var kept = rows.Where(r => r.Cells.Length > 0).ToImmutableArray();
        if (kept.Length > 0)
        {
            blocks.Add(new LayoutTable(kept, kept[0].Where, IsGrid: false));
        }

        rows.Clear();
    }

    private static ReadResult<ReportModel> Fail(string id) =>
        ReadResult<ReportModel>.Failure(Diagnostic.Create(id, Severity.Error, id, SourceRef.None));
}

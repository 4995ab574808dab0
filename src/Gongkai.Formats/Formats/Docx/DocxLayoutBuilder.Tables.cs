using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Text;
using static Gongkai.Formats.Docx.DocxNames;

namespace Gongkai.Formats.Docx;

/// <summary>
/// Tables. A table whose cells hold other tables (a layout table around the report, or a cell framing a table) or a
/// single cell is a frame: its content is read as blocks in reading order. Every other table becomes a grid: a cell
/// spanning columns (w:gridSpan) fills each column it covers, a vertically merged continuation cell (w:vMerge)
/// repeats the cell that starts the merge, and w:gridBefore leaves empty cells, so a value's position is its column.
/// A repeated cell keeps the source place of the cell it repeats.
/// </summary>
internal sealed partial class DocxLayoutBuilder
{
    private int _gridCells;

    private void Table(XElement table, int depth)
    {
        var tableIndex = ++_tables;
        if (!Enter(depth))
        {
            return;
        }

        var rows = new List<XElement>();
        Rows(table, rows, 0);
        if (_cell is not null || IsFrame(table, rows))
        {
            foreach (var row in rows)
            {
                foreach (var tc in Cells(row))
                {
                    Blocks(tc, depth + 1);
                }
            }

            return;
        }

        var grid = ReadGrid(rows, tableIndex, depth);
        if (grid.Length > 0)
        {
            var first = grid[0].Where;
            _blocks.Add(new LayoutTable(grid, first with { Anchor = "table " + tableIndex.ToString(CultureInfo.InvariantCulture) }, IsGrid: true));
        }
    }

    private ImmutableArray<LayoutRow> ReadGrid(List<XElement> rows, int tableIndex, int depth)
    {
        var width = _options.MaxTableColumns;
        var restart = new LayoutCell?[width];
        var result = ImmutableArray.CreateBuilder<LayoutRow>();
        var cells = new List<LayoutCell>();
        var t = tableIndex.ToString(CultureInfo.InvariantCulture);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowAnchor = "table " + t + ", row " + (r + 1).ToString(CultureInfo.InvariantCulture);
            var rowProps = row.Element(TrPr);
            if (rowProps?.Element(Del) is not null)
            {
                // a tracked deletion of the whole row
                continue;
            }

            cells.Clear();
            var rowStart = _text.Length;
            var firstLine = _paragraphs + 1;
            var col = 0;
            var before = Math.Clamp(IntOf(rowProps, GridBefore) ?? 0, 0, width);
            for (; col < before; col++)
            {
                cells.Add(new LayoutCell(string.Empty, new SourceRef(new TextSpan(rowStart, 0), firstLine, col + 1, CellAnchor(rowAnchor, col))));
                restart[col] = null;
            }

            foreach (var tc in Cells(row))
            {
                if (col >= width)
                {
                    break;
                }

                var props = tc.Element(TcPr);
                var span = Math.Clamp(IntOf(props, GridSpan) ?? 1, 1, width - col);
                var merge = props?.Element(VMerge);
                var continues = merge is not null && merge.Attribute(Val)?.Value is null or "continue";
                LayoutCell cell;
                if (continues && restart[col] is { } origin)
                {
                    // the continuation's own content (an empty paragraph) is hidden by Word; count its paragraphs only
                    Discard(tc, depth);
                    cell = origin;
                }
                else
                {
                    cell = ReadCell(tc, rowAnchor, col, depth);
                    var starts = merge is not null && !continues;
                    for (var k = 0; k < span; k++)
                    {
                        restart[col + k] = starts ? cell : null;
                    }
                }

                _gridCells += span;
                if (_gridCells > _options.MaxGridCells)
                {
                    throw new DocxLimitException(DocxPackageGuard.Limit("表格单元格数", "table cells", _options.MaxGridCells));
                }

                for (var k = 0; k < span; k++)
                {
                    cells.Add(cell);
                }

                col += span;
            }

            if (_text.Length > rowStart && _text[^1] == '\t')
            {
                _text[^1] = '\n';
            }

            if (cells.TrueForAll(c => c.Text.Length == 0))
            {
                continue;
            }

            var rowEnd = Math.Max(rowStart, _text.Length - 1);
            result.Add(new LayoutRow([.. cells], new SourceRef(TextSpan.FromBounds(rowStart, rowEnd), firstLine, 1, rowAnchor)));
        }

        return result.ToImmutable();
    }

    private LayoutCell ReadCell(XElement tc, string rowAnchor, int col, int depth)
    {
        var saved = _cell;
        var sink = new CellSink();
        _cell = sink;
        try
        {
            Blocks(tc, depth + 1);
        }
        finally
        {
            _cell = saved;
        }

        var printed = sink.ToString();
        var text = LabelNormalizer.NormalizeText(printed);
        var start = _text.Length;
        _text.Append(text).Append('\t');
        var line = sink.FirstParagraph == 0 ? Math.Max(1, _paragraphs) : sink.FirstParagraph;
        var where = new SourceRef(new TextSpan(start, text.Length), line, col + 1, CellAnchor(rowAnchor, col));
        return new LayoutCell(text, where, ReferenceEquals(text, printed) ? null : printed);
    }

    private static string CellAnchor(string rowAnchor, int col) => rowAnchor + ", cell " + (col + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a hidden cell's paragraphs into nowhere, so that paragraph numbers and list counters stay in step.</summary>
    private void Discard(XElement tc, int depth)
    {
        var saved = _cell;
        _cell = new CellSink();
        try
        {
            Blocks(tc, depth + 1);
        }
        finally
        {
            _cell = saved;
        }
    }

    /// <summary>A single cell, or a table with a table inside (directly or in a text box): a frame, not data.</summary>
    private static bool IsFrame(XElement table, List<XElement> rows) =>
        (rows.Count == 1 && Cells(rows[0]).Take(2).Count() == 1) || table.Descendants(Tbl).Any();

    /// <summary>The rows of a table, through content controls, custom XML and tracked insertions around them.</summary>
    private static void Rows(XElement e, List<XElement> rows, int depth)
    {
        foreach (var child in e.Elements())
        {
            if (child.Name == Tr)
            {
                rows.Add(child);
            }
            else if (depth < 8 && Wrapped(child) is { } inner)
            {
                Rows(inner, rows, depth + 1);
            }
        }
    }

    /// <summary>The cells of a row, through the same wrappers.</summary>
    private static IEnumerable<XElement> Cells(XElement e, int depth = 0)
    {
        foreach (var child in e.Elements())
        {
            if (child.Name == Tc)
            {
                yield return child;
            }
            else if (depth < 8 && Wrapped(child) is { } inner)
            {
                foreach (var c in Cells(inner, depth + 1))
                {
                    yield return c;
                }
            }
        }
    }
}

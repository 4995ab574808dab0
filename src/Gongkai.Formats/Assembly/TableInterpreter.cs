using System.Collections.Immutable;
using Gongkai.Formats.Layout;
using Gongkai.Labels;
using Gongkai.Reports;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// First pass over the tables: recognises every row by its labels (never by its position), keeps the context that
/// merged cells leave out (current table, block, group), and records rows of numbers for the second pass, which
/// knows the edition.
/// </summary>
internal sealed class TableInterpreter
{
    private readonly LabelIndex _labels = LabelIndex.Default;
    private readonly LayoutDocument _document;
    private readonly List<RowRecord> _rows = [];
    private readonly List<LabelObservation> _observations = [];
    private readonly List<Sourced<string>> _notes = [];
    private readonly List<SourceRef> _unlabelled = [];
    private readonly List<(int Index, int Count, string Text, SourceRef Where)> _labelBuffer = [];
    private readonly List<(int Index, string Text, SourceRef Where, LabelMatch Match)> _matchBuffer = [];
    private readonly List<LabelTarget> _columnBuffer = [];
    private readonly Dictionary<string, ImmutableArray<LabelTarget>> _blockColumns = new(StringComparer.Ordinal);
    private readonly SourceRef[] _tableStarts = new SourceRef[3];
    private readonly HashSet<SourceRef> _gridCells = [];
    private HeaderPositions[] _headers = [new(), new(), new()];

    /// <summary>
    /// In a grid, the cells of earlier rows of the printed table: a merged cell repeats its <see cref="SourceRef"/> at
    /// every position it covers, and is one printed label however many rows it spans.
    /// </summary>
    private readonly HashSet<SourceRef> _seenCells = [];

    public TableInterpreter(LayoutDocument document)
    {
        _document = document;
    }

    private TableId? _table;
    private string? _block;
    private string? _group;

    public IReadOnlyList<RowRecord> Rows => _rows;

    public List<LabelObservation> Observations => _observations;

    public IReadOnlyList<Sourced<string>> Notes => _notes;

    /// <summary>Rows of numbers with no label, outside table 3: ignored and reported.</summary>
    public IReadOnlyList<SourceRef> Unlabelled => _unlabelled;

    public SourceRef TableStart(TableId id) => _tableStarts[(int)id - 1];

    public HeaderPositions Header(TableId id) => _headers[(int)id - 1];

    /// <summary>Reads one printed table. <paramref name="section"/> is the section it stands in, if known.</summary>
    public void Add(LayoutTable table, SectionId? section)
    {
        _table = section switch
        {
            SectionId.Proactive => TableId.Proactive,
            SectionId.Applications => TableId.Applications,
            SectionId.Appeals => TableId.Appeals,
            _ => _table,
        };
        _group = null;

        // header positions describe one printed table; rows keep a reference to their table's
        _headers = [new(), new(), new()];
        _seenCells.Clear();

        _gridCells.Clear();
        foreach (var row in table.Rows)
        {
            ReadRow(table.IsGrid ? ReadOnce(row) : row, table.IsGrid);
            if (table.IsGrid)
            {
                foreach (var c in row.Cells)
                {
                    _seenCells.Add(c.Where);
                }
            }
        }
    }

    /// <summary>
    /// In a grid, a merged cell fills every position it covers, each copy with the source place of the cell itself
    /// (DOCX gridSpan/vMerge, HTML colspan/rowspan). It is read once, where it starts: its other positions stay, empty,
    /// so that values keep their columns while labels are observed and notes counted once, and a value spanning three
    /// columns is one value, not three.
    /// </summary>
    private LayoutRow ReadOnce(LayoutRow row)
    {
        // only copies from rows above are emptied (rowspan, vMerge): copies across one row (colspan, gridSpan) stay,
        // so that the row can tell one printed value spread over several columns from several values
        LayoutCell[]? cells = null;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var c = row.Cells[i];
            if (c.Text.Length > 0 && !c.Where.IsNone && _gridCells.Contains(c.Where))
            {
                cells ??= [.. row.Cells];
                cells[i] = c with { Text = string.Empty, Raw = null };
            }
        }

        foreach (var c in row.Cells)
        {
            if (!c.Where.IsNone)
            {
                _gridCells.Add(c.Where);
            }
        }

        return cells is null ? row : row with { Cells = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells) };
    }

    private void ReadRow(LayoutRow row, bool isGrid)
    {
        var cells = row.Cells;

        // label cells: every non-empty cell before the first value-like one
        var labels = _labelBuffer;
        labels.Clear();
        var lastLabel = -1;
        var anyValue = false;
        for (var i = 0; i < cells.Length; i++)
        {
            var text = cells[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (cells[i].Unplaced || CellParser.IsValueLike(text))
            {
                anyValue = true;
                break;
            }

            // a label merged over several columns is one label; the values start after all of its columns
            if (!isGrid || i == 0 || cells[i - 1].Where != cells[i].Where)
            {
                labels.Add((i, 1, cells[i].Raw ?? _document.Printed(cells[i].Where, text), cells[i].Where));
            }

            lastLabel = i;
        }

        var hasValues = anyValue;
        for (var i = lastLabel + 1; i < cells.Length && !hasValues; i++)
        {
            hasValues = cells[i].Text.Length > 0;
        }

        FindNotes(cells, isGrid);

        var matches = MatchLabels(labels);
        var rowTable = DecideTable(matches);
        if (rowTable is { } t)
        {
            _table = t;
            if (_tableStarts[(int)t - 1].IsNone)
            {
                _tableStarts[(int)t - 1] = row.Where;
            }
        }

        LabelTarget? rowTarget = null;
        LabelTarget? groupTarget = null;
        var rowCandidates = ImmutableArray<LabelTarget>.Empty;
        var columns = _columnBuffer;
        columns.Clear();
        var observationStart = _observations.Count;
        foreach (var (index, text, where, match) in matches)
        {
            var best = columns.Count > 0 ? ColumnReading(match) : match.Best;
            if (!isGrid || !_seenCells.Contains(where))
            {
                // a label merged over several rows is observed once, in its first row
                _observations.Add(new LabelObservation(text, match.Kind, best, match.Similarity, where) { Candidates = match.Candidates });
            }

            if (best is null)
            {
                continue;
            }

            switch (best.Kind)
            {
                case LabelKind.Block:
                    _block = best.Key;
                    _table = TableId.Proactive;
                    break;
                case LabelKind.Group:
                    groupTarget = best;
                    _group = best.Key;
                    break;
                case LabelKind.Row:
                    rowTarget = best;
                    rowCandidates = match.Candidates;
                    if (best.GroupKey is not null)
                    {
                        _group = best.GroupKey;
                    }

                    if (best.BlockKey is not null)
                    {
                        _block = best.BlockKey;
                    }

                    if (best.Table == TableId.Appeals)
                    {
                        // in table 3 the "rows" are the groups of five columns in the header
                        Header(TableId.Appeals).AddGroup(best.Key, index);
                        rowTarget = null;
                    }

                    break;
                case LabelKind.Column:
                    columns.Add(best);
                    RecordColumnPosition(best, index);
                    break;
                default:
                    break;
            }
        }

        if (columns.Count > 0 && rowTarget is null && _block is not null && columns[0].Table == TableId.Proactive)
        {
            _blockColumns[_block] = [.. columns];
        }

        var role = RowRole.Data;
        var target = rowTarget;
        // in a grid a group label printed with cells after it is a row of its own even when they are all blank
        // (2019 "（六）其他处理" left empty); a text line cannot tell blank cells from none
        // (only table 2's result groups can stand for a row of numbers; table 3's 行政诉讼 is a header)
        var blankCells = isGrid && lastLabel >= 0 && lastLabel + 1 < cells.Length;
        if (target is null && groupTarget is { Table: TableId.Applications } && groupTarget.Key != SchemaIds.T2.Results && (hasValues || (blankCells && IsOtherHandling(groupTarget))))
        {
            role = IsOtherHandling(groupTarget) ? RowRole.OtherHandling : RowRole.CollapsedGroup;
            target = groupTarget;
        }
        else if (target is not null && target.Table == TableId.Applications && target.Key == SchemaIds.T2.OtherRow2019 && target.GroupKey == SchemaIds.T2.Results)
        {
            role = RowRole.OtherHandling;
        }

        if (target is not null)
        {
            var observedColumns = target.Table == TableId.Proactive && _block is not null && _blockColumns.TryGetValue(_block, out var bc) ? bc : [];
            _rows.Add(new RowRecord(role, target.Table, target, cells, lastLabel + 1, row.Where, isGrid, _block, observedColumns, Header(target.Table)) { Candidates = rowCandidates });
            return;
        }

        if (!hasValues)
        {
            return;
        }

        if (labels.Count == 0 && _table == TableId.Appeals)
        {
            _rows.Add(new RowRecord(RowRole.AppealsValues, TableId.Appeals, null, cells, 0, row.Where, isGrid, null, [], Header(TableId.Appeals)));
            return;
        }

        if (labels.Count > 0)
        {
            // numbers under a label nobody knows: an extra row (F4)
            var last = _observations.Count - 1;
            if (last >= observationStart)
            {
                _observations[last] = _observations[last] with { HasValues = true };
            }
        }
        else
        {
            _unlabelled.Add(row.Where);
        }
    }

    /// <summary>
    /// A label after a column header in its row is a column header too: "总计" ends the header row that LibreOffice
    /// repeats on a new page, where the group context ("三、本年度办理结果") would otherwise make it "（七）总计".
    /// </summary>
    private static LabelTarget? ColumnReading(LabelMatch match)
    {
        foreach (var c in match.Candidates)
        {
            if (c.Kind == LabelKind.Column)
            {
                return c;
            }
        }

        return match.Best;
    }

    private static bool IsOtherHandling(LabelTarget group) =>
        group.Table == TableId.Applications && group.Key == SchemaIds.T2.Other;

    private List<(int Index, string Text, SourceRef Where, LabelMatch Match)> MatchLabels(List<(int Index, int Count, string Text, SourceRef Where)> labels)
    {
        var result = _matchBuffer;
        result.Clear();
        for (var i = 0; i < labels.Count; i++)
        {
            var (index, _, text, where) = labels[i];
            var match = _labels.Match(text, _table, _group);

            // a numbering printed in a cell of its own ("一、" then the label), or a label split over two cells
            if ((match.Kind == LabelMatchKind.Unknown || match.Core.Length == 0) && i + 1 < labels.Count)
            {
                var next = labels[i + 1];
                var joined = _labels.Match(text + next.Text, _table, _group);
                if (joined.IsMatch)
                {
                    var span = TextSpan.FromBounds(where.Span.Start, Math.Max(where.Span.End, next.Where.Span.End));
                    var printed = _document.Original is { } o && span.End <= o.Length ? o.Substring(span.Start, span.Length).Replace('\t', ' ') : text + next.Text;
                    result.Add((next.Index, printed, where with { Span = span }, joined));
                    i++;
                    continue;
                }
            }

            if (match.Core.Length == 0)
            {
                continue;
            }

            result.Add((index, text, where, match));
        }

        return result;
    }

    private TableId? DecideTable(List<(int Index, string Text, SourceRef Where, LabelMatch Match)> matches)
    {
        Span<int> votes = stackalloc int[4];
        foreach (var m in matches)
        {
            var best = m.Match.Best;
            if (best is null || best.Kind == LabelKind.Header)
            {
                continue;
            }

            // the current table's reading of an ambiguous label ("总计", "其他") wins
            if (_table is { } cur && HasTable(m.Match.Candidates, cur))
            {
                votes[(int)cur] += 2;
                continue;
            }

            votes[(int)best.Table] += best.Kind is LabelKind.Row or LabelKind.Block ? 3 : 1;
        }

        var top = 0;
        for (var i = 1; i <= 3; i++)
        {
            if (votes[i] > votes[top])
            {
                top = i;
            }
        }

        return top == 0 ? _table : (TableId)top;
    }

    private static bool HasTable(ImmutableArray<LabelTarget> candidates, TableId table)
    {
        foreach (var c in candidates)
        {
            if (c.Table == table)
            {
                return true;
            }
        }

        return false;
    }

    private void RecordColumnPosition(LabelTarget column, int index)
    {
        if (column.Table == TableId.Applications)
        {
            Header(TableId.Applications).AddColumn(column.Key, index);
        }
        else if (column.Table == TableId.Appeals)
        {
            var h = Header(TableId.Appeals);
            // the group whose header starts nearest to the left of this column
            var group = SchemaIds.T3.Review;
            var at = -1;
            foreach (var (key, start) in h.Groups)
            {
                if (start <= index && start > at)
                {
                    group = key;
                    at = start;
                }
            }

            h.AddColumnInGroup(group, column.Key, index);
        }
    }

    private void FindNotes(ImmutableArray<LayoutCell> cells, bool isGrid)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (isGrid && ((i > 0 && cells[i - 1].Where == c.Where) || _seenCells.Contains(c.Where)))
            {
                continue;
            }

            if (c.Text.Length < 2)
            {
                continue;
            }

            var text = TraditionalChinese.ToSimplifiedChars(c.Text);
            if (text.Contains("勾稽关系", StringComparison.Ordinal))
            {
                _notes.Add(new Sourced<string>(SchemaBuilderKeys.Balance, c.Where));
            }

            if (text.Contains("只计这一情形", StringComparison.Ordinal))
            {
                _notes.Add(new Sourced<string>(SchemaBuilderKeys.PartialOnce, c.Where));
            }

            if (text.Contains("万元", StringComparison.Ordinal) && text.Contains("收费", StringComparison.Ordinal))
            {
                _notes.Add(new Sourced<string>(SchemaBuilderKeys.Unit10kYuan, c.Where));
            }
        }
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>One of the three tables of an edition: its rows, groups, columns or blocks, and cells.</summary>
public sealed class TableSchema
{
    private readonly FrozenDictionary<string, RowDef> _rows;
    private readonly FrozenDictionary<string, FieldDef> _fields;
    private readonly FrozenDictionary<string, ImmutableArray<FieldDef>> _rowFields;

    internal TableSchema(
        TableId id,
        string title,
        ImmutableArray<ColumnDef> columns,
        ImmutableArray<BlockDef> blocks,
        ImmutableArray<GroupDef> groups,
        ImmutableArray<RowDef> rows,
        ImmutableArray<FieldDef> fields,
        ImmutableArray<string> headerLabels,
        ImmutableArray<PrintedNote> notes)
    {
        Id = id;
        Title = title;
        Columns = columns;
        Blocks = blocks;
        Groups = groups;
        Rows = rows;
        Fields = fields;
        HeaderLabels = headerLabels;
        Notes = notes;
        _rows = rows.ToFrozenDictionary(r => r.Key, StringComparer.Ordinal);
        _fields = fields.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _rowFields = rows.ToFrozenDictionary(r => r.Key, r => fields.Where(f => ReferenceEquals(f.Row, r)).ToImmutableArray(), StringComparer.Ordinal);
    }

    public TableId Id { get; }

    /// <summary>"t1", "t2" or "t3".</summary>
    public string Key => "t" + ((int)Id).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Title { get; }

    /// <summary>The columns shared by every row (tables 2 and 3); empty for table 1, whose blocks have their own.</summary>
    public ImmutableArray<ColumnDef> Columns { get; }

    /// <summary>Table 1's 第二十条 item blocks; empty for tables 2 and 3.</summary>
    public ImmutableArray<BlockDef> Blocks { get; }

    public ImmutableArray<GroupDef> Groups { get; }

    /// <summary>The rows in printed order.</summary>
    public ImmutableArray<RowDef> Rows { get; }

    /// <summary>Every cell, row by row, column by column.</summary>
    public ImmutableArray<FieldDef> Fields { get; }

    /// <summary>Other header texts printed in the table ("申请人情况", "信息内容", ...).</summary>
    public ImmutableArray<string> HeaderLabels { get; }

    /// <summary>Notes printed inside the table by the format (the 勾稽关系 note, the unit).</summary>
    public ImmutableArray<PrintedNote> Notes { get; }

    public RowDef Row(string key) => _rows[key];

    public bool TryGetRow(string key, out RowDef row) => _rows.TryGetValue(key, out row!);

    public FieldDef Field(string rowKey, string columnKey) => _fields[SchemaIds.Cell(Key, rowKey, columnKey)];

    public bool TryGetField(string id, out FieldDef field) => _fields.TryGetValue(id, out field!);

    public GroupDef? Group(string key) => Groups.FirstOrDefault(g => g.Key == key);

    public BlockDef? Block(string key) => Blocks.FirstOrDefault(b => b.Key == key);

    /// <summary>The columns of <paramref name="row"/>: its block's for table 1, the table's otherwise.</summary>
    public ImmutableArray<ColumnDef> ColumnsOf(RowDef row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.BlockKey is { } b ? Block(b)!.Columns : Columns;
    }

    /// <summary>The rows of a group, in order.</summary>
    public IEnumerable<RowDef> RowsOf(string groupKey) => Rows.Where(r => r.GroupKey == groupKey);

    /// <summary>The cells of <paramref name="row"/>, in its columns' order.</summary>
    public ImmutableArray<FieldDef> FieldsOf(RowDef row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _rowFields[row.Key];
    }
}

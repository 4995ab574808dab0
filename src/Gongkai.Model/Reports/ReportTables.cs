using System.Collections.Immutable;
using Gongkai.Schema;
using Gongkai.Text;

namespace Gongkai.Reports;

/// <summary>
/// The cells of the three tables of one report, one per <see cref="ReportSchema.Fields"/> entry. Immutable: the
/// <c>With</c> methods and <see cref="Builder"/> make new instances.
/// </summary>
public sealed class ReportTables
{
    private readonly ImmutableArray<Sourced<CellValue>> _cells;
    private readonly ImmutableArray<SourceRef> _tables;

    private ReportTables(ReportSchema schema, ImmutableArray<Sourced<CellValue>> cells, ImmutableArray<SourceRef> tables)
    {
        Schema = schema;
        _cells = cells;
        _tables = tables;
    }

    public ReportSchema Schema { get; }

    /// <summary>Every cell, in <see cref="ReportSchema.Fields"/> order.</summary>
    public ImmutableArray<Sourced<CellValue>> Cells => _cells;

    public Sourced<CellValue> this[FieldDef field]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(field);
            return _cells[field.Index];
        }
    }

    public Sourced<CellValue> this[string fieldId] => _cells[Schema.Field(fieldId).Index];

    /// <summary>Where the table starts in the document; <see cref="SourceRef.None"/> when it was not found.</summary>
    public SourceRef Location(TableId table) => _tables[(int)table - 1];

    public bool IsFound(TableId table) => !Location(table).IsNone;

    /// <summary>A report whose every cell is absent.</summary>
    public static ReportTables Empty(ReportSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new Builder(schema).ToTables();
    }

    public static Builder CreateBuilder(ReportSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new Builder(schema);
    }

    public ReportTables With(string fieldId, CellValue value, SourceRef where = default)
    {
        var f = Schema.Field(fieldId);
        return new ReportTables(Schema, _cells.SetItem(f.Index, new Sourced<CellValue>(value, where)), _tables);
    }

    public Builder ToBuilder() => new(this);

    /// <summary>Collects cells for a new <see cref="ReportTables"/>.</summary>
    public sealed class Builder
    {
        private readonly ReportSchema _schema;
        private Sourced<CellValue>[] _cells;
        private readonly SourceRef[] _tables;

        private Sourced<CellValue>[]? _cellsLent;

        internal Builder(ReportSchema schema)
        {
            _schema = schema;
            _cells = new Sourced<CellValue>[schema.Fields.Length];
            Array.Fill(_cells, new Sourced<CellValue>(CellValue.Absent, SourceRef.None));
            _tables = new SourceRef[3];
        }

        internal Builder(ReportTables from)
        {
            _schema = from.Schema;
            _cells = [.. from._cells];
            _tables = [.. from._tables];
        }

        public ReportSchema Schema => _schema;

        public Sourced<CellValue> this[FieldDef field] => _cells[field.Index];

        public Builder Set(FieldDef field, CellValue value, SourceRef where = default)
        {
            ArgumentNullException.ThrowIfNull(field);
            if (ReferenceEquals(_cellsLent, _cells))
            {
                _cells = [.. _cells];
                _cellsLent = null;
            }

            _cells[field.Index] = new Sourced<CellValue>(value, where);
            return this;
        }

        public Builder Set(string fieldId, CellValue value, SourceRef where = default) => Set(_schema.Field(fieldId), value, where);

        public Builder SetLocation(TableId table, SourceRef where)
        {
            _tables[(int)table - 1] = where;
            return this;
        }

        /// <summary>The tables built so far. The builder can go on being used; it copies its cells the next time it changes.</summary>
        public ReportTables ToTables()
        {
            // hand the array over without copying; a later Set copies first (see EnsureOwned)
            _cellsLent = _cells;
            return new(_schema, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(_cells), [.. _tables]);
        }
    }
}

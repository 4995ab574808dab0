using System.Collections.Immutable;
using Gongkai.Schema;
using T1 = Gongkai.Schema.SchemaIds.T1;
using T2 = Gongkai.Schema.SchemaIds.T2;
using T3 = Gongkai.Schema.SchemaIds.T3;

namespace Gongkai.Rules;

/// <summary>
/// The cells each rule reads, resolved once per edition into arrays of <see cref="FieldDef"/>, so that auditing a
/// report is index arithmetic: no string building, dictionary look-ups or LINQ on the hot path.
/// </summary>
internal sealed class SchemaPlan
{
    private static readonly SchemaPlan Plan2021 = new(ReportSchema.Edition2021);
    private static readonly SchemaPlan Plan2019 = new(ReportSchema.Edition2019);

    private SchemaPlan(ReportSchema schema)
    {
        Schema = schema;
        var t2 = schema.Applications;
        var t3 = schema.Appeals;
        T2Columns = [.. t2.Columns];
        var partCount = T2Columns.Length - 1;
        T2Rows = [.. t2.Rows];
        T2RowParts = new FieldDef[T2Rows.Length][];
        T2RowTotals = new FieldDef[T2Rows.Length];
        for (var r = 0; r < T2Rows.Length; r++)
        {
            var parts = new FieldDef[partCount];
            for (var c = 0; c < partCount; c++)
            {
                parts[c] = t2.Field(T2Rows[r].Key, T2Columns[c].Key);
            }

            T2RowParts[r] = parts;
            T2RowTotals[r] = t2.Field(T2Rows[r].Key, T2.Total);
        }

        var resultRows = new List<RowDef>();
        var otherSub = new List<RowDef>();
        foreach (var row in T2Rows)
        {
            if (row.Key is T2.New or T2.CarriedOver or T2.CarriedForward or T2.ResultsTotal)
            {
                continue;
            }

            if (schema.Edition == ReportEdition.National2021 && row.GroupKey == T2.Other)
            {
                otherSub.Add(row);
            }
            else
            {
                resultRows.Add(row);
            }
        }

        HasOtherSubRows = otherSub.Count > 0;
        OtherGroup = t2.Group(T2.Other);
        ResultParts = new FieldDef[T2Columns.Length][];
        OtherSubRows = new FieldDef[T2Columns.Length][];
        New = new FieldDef[T2Columns.Length];
        CarriedOver = new FieldDef[T2Columns.Length];
        ResultsTotal = new FieldDef[T2Columns.Length];
        CarriedForward = new FieldDef[T2Columns.Length];
        for (var c = 0; c < T2Columns.Length; c++)
        {
            var col = T2Columns[c].Key;
            ResultParts[c] = [.. resultRows.Select(r => t2.Field(r.Key, col))];
            OtherSubRows[c] = [.. otherSub.Select(r => t2.Field(r.Key, col))];
            New[c] = t2.Field(T2.New, col);
            CarriedOver[c] = t2.Field(T2.CarriedOver, col);
            ResultsTotal[c] = t2.Field(T2.ResultsTotal, col);
            CarriedForward[c] = t2.Field(T2.CarriedForward, col);
        }

        var adverse = new List<FieldDef>();
        foreach (var row in T2Rows)
        {
            if (row.GroupKey is not null && row.Key is not (T2.Granted or T2.ResultsTotal))
            {
                foreach (var col in T2Columns)
                {
                    adverse.Add(t2.Field(row.Key, col.Key));
                }
            }
        }

        AdverseResults = [.. adverse];
        AdverseWithoutOtherSubRows = [.. adverse.Where(f => !(HasOtherSubRows && f.Row.GroupKey == T2.Other))];
        OtherSubRowCells = [.. adverse.Where(f => HasOtherSubRows && f.Row.GroupKey == T2.Other)];

        T3Rows = [.. t3.Rows];
        T3Parts = new FieldDef[T3Rows.Length][];
        T3Totals = new FieldDef[T3Rows.Length];
        T3Corrected = new FieldDef[T3Rows.Length];
        T3Pending = new FieldDef[T3Rows.Length];
        for (var r = 0; r < T3Rows.Length; r++)
        {
            var key = T3Rows[r].Key;
            T3Parts[r] = [t3.Field(key, T3.Upheld), t3.Field(key, T3.Corrected), t3.Field(key, T3.OtherResult), t3.Field(key, T3.Pending)];
            T3Totals[r] = t3.Field(key, T3.Total);
            T3Corrected[r] = t3.Field(key, T3.Corrected);
            T3Pending[r] = t3.Field(key, T3.Pending);
        }

        var t1 = schema.Proactive;
        Is2021 = schema.Edition == ReportEdition.National2021;
        if (Is2021)
        {
            Regulations = [t1.Field(T1.Regulations, T1.Issued), t1.Field(T1.Regulations, T1.Repealed), t1.Field(T1.Regulations, T1.InForce)];
            RegulationsIssued = t1.Field(T1.Regulations, T1.Issued);
            NormativeIssued = t1.Field(T1.NormativeDocs, T1.Issued);
            RegulationsInForce = t1.Field(T1.Regulations, T1.InForce);
            NormativeInForce = t1.Field(T1.NormativeDocs, T1.InForce);
            RegulationsRepealed = t1.Field(T1.Regulations, T1.Repealed);
            NormativeRepealed = t1.Field(T1.NormativeDocs, T1.Repealed);
            Fee = t1.Field(T1.Fees10kYuan, T1.Value);
        }
        else
        {
            Regulations = [t1.Field(T1.Regulations, T1.NewMade), t1.Field(T1.Regulations, T1.NewPublished), t1.Field(T1.Regulations, T1.TotalPublished)];
            RegulationsIssued = t1.Field(T1.Regulations, T1.NewPublished);
            NormativeIssued = t1.Field(T1.NormativeDocs, T1.NewPublished);
            RegulationsInForce = t1.Field(T1.Regulations, T1.TotalPublished);
            NormativeInForce = t1.Field(T1.NormativeDocs, T1.TotalPublished);
        }

        var byTable = new FieldDef[3][];
        for (var t = 0; t < 3; t++)
        {
            byTable[t] = [.. schema.Tables[t].Fields];
        }

        TableFields = byTable;
        TableRowFields = new FieldDef[3][][];
        TableColumns = new ColumnGroup[3][];
        for (var t = 0; t < 3; t++)
        {
            var table = schema.Tables[t];
            var rowFields = new FieldDef[table.Rows.Length][];
            for (var r = 0; r < table.Rows.Length; r++)
            {
                var row = table.Rows[r];
                rowFields[r] = [.. table.Fields.Where(f => ReferenceEquals(f.Row, row))];
            }

            TableRowFields[t] = rowFields;
            var rows = table.Rows;
            TableColumns[t] = [.. table.Fields
                .GroupBy(f => (f.Row.BlockKey, f.Column.Key))
                .Select(g => new ColumnGroup(g.First().Column, g.Key.BlockKey, [.. g], [.. g.Select(f => rows.IndexOf(f.Row))]))];
        }
    }

    /// <summary>A column of a table (of one block in table 1), its cells, one per row, and those rows' indexes.</summary>
    public sealed record ColumnGroup(ColumnDef Column, string? BlockKey, FieldDef[] Fields, int[] RowIndexes);

    public ReportSchema Schema { get; }

    public bool Is2021 { get; }

    /// <summary>Table 2's seven columns; the last is 总计.</summary>
    public ImmutableArray<ColumnDef> T2Columns { get; }

    public ImmutableArray<RowDef> T2Rows { get; }

    /// <summary>Per row of table 2: its six applicant cells.</summary>
    public FieldDef[][] T2RowParts { get; }

    /// <summary>Per row of table 2: its 总计 cell.</summary>
    public FieldDef[] T2RowTotals { get; }

    /// <summary>Per column: the result rows that add up to （七）总计, without the 2021 （六） sub-rows.</summary>
    public FieldDef[][] ResultParts { get; }

    /// <summary>Per column: the 2021 （六）其他处理 sub-rows (empty in 2019, whose （六） is one row in <see cref="ResultParts"/>).</summary>
    public FieldDef[][] OtherSubRows { get; }

    public bool HasOtherSubRows { get; }

    public GroupDef? OtherGroup { get; }

    public FieldDef[] New { get; }

    public FieldDef[] CarriedOver { get; }

    public FieldDef[] ResultsTotal { get; }

    public FieldDef[] CarriedForward { get; }

    /// <summary>Every cell of a result row other than （一）予以公开 and （七）总计: decisions an applicant could appeal.</summary>
    public FieldDef[] AdverseResults { get; }

    /// <summary><see cref="AdverseResults"/> without the 2021 （六） sub-rows, for reports that printed （六） as one row.</summary>
    public FieldDef[] AdverseWithoutOtherSubRows { get; }

    /// <summary>Every cell of the 2021 （六） sub-rows (empty in 2019).</summary>
    public FieldDef[] OtherSubRowCells { get; }

    public ImmutableArray<RowDef> T3Rows { get; }

    /// <summary>Per group of table 3: 维持, 纠正, 其他, 尚未审结.</summary>
    public FieldDef[][] T3Parts { get; }

    public FieldDef[] T3Totals { get; }

    public FieldDef[] T3Corrected { get; }

    public FieldDef[] T3Pending { get; }

    /// <summary>The three cells of the 规章 row of table 1.</summary>
    public FieldDef[] Regulations { get; }

    /// <summary>本年制发 (2021) or 本年新公开 (2019).</summary>
    public FieldDef RegulationsIssued { get; }

    public FieldDef NormativeIssued { get; }

    /// <summary>现行有效 (2021) or 对外公开总数量 (2019).</summary>
    public FieldDef RegulationsInForce { get; }

    public FieldDef NormativeInForce { get; }

    /// <summary>本年废止 (2021 only).</summary>
    public FieldDef? RegulationsRepealed { get; }

    public FieldDef? NormativeRepealed { get; }

    /// <summary>行政事业性收费 in 万元 (2021 only).</summary>
    public FieldDef? Fee { get; }

    /// <summary>Every cell of each table, by table number − 1.</summary>
    public FieldDef[][] TableFields { get; }

    /// <summary>Per table (number − 1), per row in schema order: the row's cells.</summary>
    public FieldDef[][][] TableRowFields { get; }

    /// <summary>Per table (number − 1): its columns with their cells.</summary>
    public ColumnGroup[][] TableColumns { get; }

    public static SchemaPlan For(ReportSchema schema) =>
        ReferenceEquals(schema, ReportSchema.Edition2019) ? Plan2019 :
        ReferenceEquals(schema, ReportSchema.Edition2021) ? Plan2021 :
        throw new ArgumentException("Unknown schema instance.", nameof(schema));
}

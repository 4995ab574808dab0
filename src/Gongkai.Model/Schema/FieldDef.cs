namespace Gongkai.Schema;

/// <summary>One cell of the format: a row and a column of a table, with a stable ID such as "t2.denied.1.total".</summary>
/// <param name="Index">Position in <see cref="ReportSchema.Fields"/> (dense, 0-based).</param>
/// <param name="Id">Stable ID: "t{table}.{row}.{column}", or "t1.{row}" when the block has a single unnamed column.</param>
public sealed record FieldDef(int Index, string Id, TableId Table, RowDef Row, ColumnDef Column, ValueKind Kind)
{
    /// <summary>"（一）予以公开 / 自然人" or "行政许可 / 本年处理决定数量".</summary>
    public string Label => Row.Label + " / " + Column.Label;

    public string English => Column.Key.Length == 0 ? Row.English : Row.English + " / " + Column.English;
}

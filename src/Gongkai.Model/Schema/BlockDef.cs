using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>
/// A block of table 1: the merged header "第二十条第（一）项", a column-header row that starts with "信息内容",
/// and its rows. Each block has its own columns.
/// </summary>
public sealed record BlockDef(string Key, string Label, string English, ImmutableArray<ColumnDef> Columns, ImmutableArray<string> RowKeys);

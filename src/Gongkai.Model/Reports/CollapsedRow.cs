using System.Collections.Immutable;
using Gongkai.Text;

namespace Gongkai.Reports;

/// <summary>
/// A group printed as one row of numbers where the format has sub-rows (a 2021 table whose （六）其他处理 has no
/// sub-rows). Its values are the group's sums; the sub-rows themselves stay absent.
/// </summary>
/// <param name="TableKey">"t2".</param>
/// <param name="GroupKey">The group ("other").</param>
/// <param name="Values">One value per column of the table, in the schema's column order.</param>
public sealed record CollapsedRow(string TableKey, string GroupKey, ImmutableArray<Sourced<CellValue>> Values, SourceRef Where);

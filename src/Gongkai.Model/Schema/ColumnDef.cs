using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>A column of a table (or of a block of table 1).</summary>
/// <param name="Key">Stable English key; empty for the single value column of a table-1 block in 2021.</param>
/// <param name="Label">The official Chinese header.</param>
/// <param name="English">An English name, for messages.</param>
/// <param name="Aliases">Other wordings accepted without comment.</param>
public sealed record ColumnDef(string Key, string Label, string English, ImmutableArray<string> Aliases);

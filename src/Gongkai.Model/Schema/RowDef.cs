using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>A row of a table: a label and one cell per column of its block.</summary>
/// <param name="Key">Stable English key ("new", "denied.1", "licensing").</param>
/// <param name="Label">The official Chinese label with its numbering, as printed ("1.属于国家秘密").</param>
/// <param name="English">An English name, for messages.</param>
/// <param name="GroupKey">The group it belongs to, if any.</param>
/// <param name="BlockKey">For table 1: the 第二十条 item block it belongs to.</param>
/// <param name="Aliases">Other wordings accepted without comment (the core text, without numbering).</param>
public sealed record RowDef(string Key, string Label, string English, string? GroupKey, string? BlockKey, ImmutableArray<string> Aliases);

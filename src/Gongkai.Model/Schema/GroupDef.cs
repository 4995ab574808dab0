using System.Collections.Immutable;

namespace Gongkai.Schema;

/// <summary>
/// A merged label that spans several rows (table 2: "（三）不予公开" over its eight reasons) or columns
/// (table 3: "行政诉讼" over its two groups). A group is not itself a row of numbers.
/// </summary>
public sealed record GroupDef(string Key, string Label, string English, string? ParentKey, ImmutableArray<string> Aliases);

namespace Gongkai.Labels;

/// <summary>An official label that printed text can be matched to.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="Table">The table it belongs to (sections are matched elsewhere).</param>
/// <param name="Key">The row, column, group, block or note key.</param>
/// <param name="BlockKey">For table 1: the block of the row or column.</param>
/// <param name="GroupKey">For rows: their group.</param>
/// <param name="Label">The official text.</param>
/// <param name="Editions">The editions that print it.</param>
/// <param name="Prefix">Its numbering ("一、", "(一)", "1.") as parsed.</param>
public sealed record LabelTarget(
    LabelKind Kind,
    Schema.TableId Table,
    string Key,
    string? BlockKey,
    string? GroupKey,
    string Label,
    EditionSet Editions,
    LabelPrefix Prefix)
{
    /// <summary>The comparison key of the label without its numbering.</summary>
    public string Core { get; init; } = string.Empty;
}

using Gongkai.Labels;
using Gongkai.Text;

namespace Gongkai.Reports;

/// <summary>A label printed in a table and what it was recognised as. Rules F3, F4 and L1 read these.</summary>
/// <param name="Printed">The text as printed.</param>
/// <param name="Kind">How close it is to the official label.</param>
/// <param name="Target">The official label it was taken for; null when unknown.</param>
/// <param name="Similarity">For fuzzy matches, how close.</param>
/// <param name="Where">Where it stood.</param>
public sealed record LabelObservation(string Printed, LabelMatchKind Kind, LabelTarget? Target, double Similarity, SourceRef Where)
{
    /// <summary>True when the label belongs to the other edition than the report's (规范性文件 in a 2021 table).</summary>
    public bool OtherEdition { get; init; }

    /// <summary>True when the label carries numbers the reader could not place (an unknown row).</summary>
    public bool HasValues { get; init; }

    /// <summary>
    /// Every official label the text matched, best first. A label may be printed by both editions under different
    /// keys ("行政事业性收费": 2021 <c>fees_10k_yuan</c>, 2019 <c>fees</c>); once the edition is known, <see cref="Target"/> is
    /// the candidate of that edition.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<Labels.LabelTarget> Candidates { get; init; } = [];
}

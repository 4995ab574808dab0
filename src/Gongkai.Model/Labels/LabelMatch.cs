using System.Collections.Immutable;

namespace Gongkai.Labels;

/// <summary>The result of matching printed text against the official labels.</summary>
/// <param name="Kind">How close the best candidate is.</param>
/// <param name="Candidates">Every official label that fits, best first; empty when <see cref="LabelMatchKind.Unknown"/>.</param>
/// <param name="Similarity">1 for an exact or normalised match, less for a fuzzy one.</param>
/// <param name="Prefix">The numbering printed in front of the text.</param>
/// <param name="Core">The comparison key of the printed text without its numbering.</param>
public sealed record LabelMatch(LabelMatchKind Kind, ImmutableArray<LabelTarget> Candidates, double Similarity, LabelPrefix Prefix, string Core)
{
    public LabelTarget? Best => Candidates.IsDefaultOrEmpty ? null : Candidates[0];

    public bool IsMatch => Kind != LabelMatchKind.Unknown;
}

using System.Collections.Immutable;
using Gongkai.Text;

namespace Gongkai.Rules.Narrative;

/// <summary>"共N条，其中a条、b条；c条": a total and the parts listed after 其中 up to the end of the sentence.</summary>
/// <param name="Total">N.</param>
/// <param name="Unit">The unit of N (条, 件 …); only parts in the same unit are listed.</param>
/// <param name="Parts">The parts, in order.</param>
/// <param name="PlainEnumeration">
/// True when the parts are separated only by "、" and "；" (no comma): then they are one enumeration and must add up.
/// Otherwise the list may run on into unrelated figures and only a prefix is expected to add up.
/// </param>
/// <param name="Quote">From the total to the end of the sentence.</param>
/// <param name="Where">The span of <paramref name="Quote"/>.</param>
public sealed record SumClaim(decimal Total, string Unit, ImmutableArray<decimal> Parts, bool PlainEnumeration, string Quote, SourceRef Where);

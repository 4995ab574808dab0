using Gongkai.Text;

namespace Gongkai.Rules.Narrative;

/// <summary>One statement of the prose that can be compared with the tables.</summary>
/// <param name="Kind">What it asserts.</param>
/// <param name="Value">The number stated; 0 for the negative statements ("未收到").</param>
/// <param name="Quote">The words, as printed (normalised), for the message.</param>
/// <param name="Where">The span of <paramref name="Quote"/> in the source.</param>
public sealed record Claim(ClaimKind Kind, decimal Value, string Quote, SourceRef Where)
{
    /// <summary>For <see cref="ClaimKind.Applicant"/>: the table-2 column key; null for "法人或其他组织" (the five columns together).</summary>
    public string? Column { get; init; }

    /// <summary>For the table-3 claims: the groups it speaks of.</summary>
    public AppealScope Scope { get; init; }

    /// <summary>True when the words limit the statement to part of the body ("代表…受理", "全区"): still compared, but worth saying.</summary>
    public bool Scoped { get; init; }
}

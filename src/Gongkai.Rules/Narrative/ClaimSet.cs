using System.Collections.Immutable;

namespace Gongkai.Rules.Narrative;

/// <summary>Every claim found in one report's prose, in document order.</summary>
public sealed class ClaimSet
{
    public ClaimSet(ImmutableArray<Claim> claims, ImmutableArray<SumClaim> sums)
    {
        Claims = claims;
        Sums = sums;
    }

    public static ClaimSet Empty { get; } = new([], []);

    public ImmutableArray<Claim> Claims { get; }

    public ImmutableArray<SumClaim> Sums { get; }

    public bool Has(ClaimKind kind)
    {
        foreach (var c in Claims)
        {
            if (c.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public Claim? First(ClaimKind kind)
    {
        foreach (var c in Claims)
        {
            if (c.Kind == kind)
            {
                return c;
            }
        }

        return null;
    }
}

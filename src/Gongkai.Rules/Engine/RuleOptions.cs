namespace Gongkai.Rules;

/// <summary>Thresholds of the plausibility rules, with defaults explained in docs/rules.md.</summary>
public sealed record RuleOptions
{
    public static RuleOptions Default { get; } = new();

    /// <summary>P2: warn when more than this share of the year's applications is carried to next year…</summary>
    public decimal CarryForwardShare { get; init; } = 0.25m;

    /// <summary>P2: …and at least this many are carried.</summary>
    public int CarryForwardMinimum { get; init; } = 3;

    /// <summary>P5: a fee at or above this many 万元 (10亿元) is probably 元 entered as 万元.</summary>
    public decimal FeeImplausible10kYuan { get; init; } = 100_000m;
}

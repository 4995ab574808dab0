namespace Gongkai.Cases.Demo;

/// <summary>What the demo generator makes.</summary>
/// <param name="FirstYear">The first year with applications.</param>
/// <param name="LastYear">The last year (included).</param>
/// <param name="ApplicationsPerYear">About this many applications each year.</param>
/// <param name="Seed">The same seed gives the same register.</param>
/// <param name="AsOf">"Today": nothing after it happens, so cases near it are still open and some are overdue.</param>
public sealed record DemoOptions(int FirstYear, int LastYear, int ApplicationsPerYear, int Seed, DateOnly AsOf)
{
    /// <summary>The invented body.</summary>
    public string Body { get; init; } = "青禾市生态环境局";
}

namespace Gongkai.Cases.Domain;

/// <summary>The three groups of table 3.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Reconsideration = 1,

    /// <summary>行政诉讼，未经复议直接起诉.</summary>
    SuitDirect = 2,

    /// <summary>行政诉讼，复议后起诉.</summary>
    SuitAfterReconsideration = 3,
}

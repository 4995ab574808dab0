namespace Gongkai.Rules.Narrative;

/// <summary>Which groups of table 3 a statement about appeals speaks of.</summary>
[Flags]
public enum AppealScope
{
    None = 0,

    /// <summary>行政复议.</summary>
    Review = 1,

    /// <summary>行政诉讼: both 未经复议直接起诉 and 复议后起诉.</summary>
    Suits = 2,

    All = Review | Suits,
}

namespace Gongkai.Rules;

/// <summary>The chapters of the catalogue (spec §4).</summary>
public enum RuleCategory
{
    /// <summary>A: arithmetic inside the tables.</summary>
    Arithmetic = 0,

    /// <summary>N: the prose against the tables.</summary>
    Narrative = 1,

    /// <summary>Y: this year's report against last year's.</summary>
    CrossYear = 2,

    /// <summary>F and L: completeness and fidelity to the format's sections and labels.</summary>
    Fidelity = 3,

    /// <summary>P: values that are possible but unlikely.</summary>
    Plausibility = 4,
}

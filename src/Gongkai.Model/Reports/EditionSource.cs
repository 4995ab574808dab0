namespace Gongkai.Reports;

/// <summary>How a report's edition was determined.</summary>
public enum EditionSource
{
    /// <summary>From the shape of its tables (the reliable way).</summary>
    Tables = 0,

    /// <summary>The tables did not say; taken from the year (2019/2020 → 2019, later → 2021).</summary>
    Year = 1,

    /// <summary>Neither tables nor year: assumed 2021.</summary>
    Default = 2,

    /// <summary>Stated by the author (an authoring file) or computed from a register.</summary>
    Declared = 3,
}

namespace Gongkai.Calendar;

/// <summary>How far the calendar data vouches for a day's status.</summary>
public enum DayCertainty
{
    /// <summary>Fixed by a notice in the data (listed, or in a year whose notice is in the data).</summary>
    Known = 0,

    /// <summary>
    /// In a year whose notice is in the data, but in the last days of December, which the following year's notice (not
    /// yet in the data) may still change, as the 2019 notice did for 2018-12-29..31.
    /// </summary>
    Provisional = 1,

    /// <summary>In a year whose notice is not in the data: Monday–Friday is assumed, never silently.</summary>
    Unknown = 2,
}

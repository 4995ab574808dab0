namespace Gongkai.Schema;

/// <summary>The edition of the national format a report follows.</summary>
public enum ReportEdition
{
    /// <summary>Not determined (no tables, or tables of neither shape).</summary>
    Unknown = 0,

    /// <summary>The trial format of 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports.</summary>
    Trial2019 = 2019,

    /// <summary>The format of 国办公开办函〔2021〕30号, used from the 2021 reports on.</summary>
    National2021 = 2021,
}

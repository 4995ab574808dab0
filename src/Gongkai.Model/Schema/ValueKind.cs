namespace Gongkai.Schema;

/// <summary>What a table cell holds.</summary>
public enum ValueKind
{
    /// <summary>A count of items (件): a non-negative integer.</summary>
    Count = 0,

    /// <summary>A change in a count (2019 "本年增/减"): an integer that may be negative.</summary>
    SignedCount = 1,

    /// <summary>An amount of money in 万元: a non-negative decimal (2021 行政事业性收费).</summary>
    Amount10kYuan = 2,

    /// <summary>An amount of money whose unit the format does not state (2019 采购总金额; usually 元).</summary>
    Amount = 3,
}

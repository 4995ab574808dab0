namespace Gongkai.Cases.Domain;

/// <summary>
/// The yearly figures of table 1 that are entered or imported rather than counted from cases. The numeric values are
/// stored; never renumber them.
/// </summary>
public enum ProactiveItem
{
    /// <summary>行政许可 (第二十条第（五）项).</summary>
    Licensing = 1,

    /// <summary>其他对外管理服务事项 (2019 edition only).</summary>
    OtherServices = 2,

    /// <summary>行政处罚 (第二十条第（六）项).</summary>
    Penalty = 3,

    /// <summary>行政强制 (第二十条第（六）项).</summary>
    Coercion = 4,

    /// <summary>行政事业性收费 (第二十条第（八）项).</summary>
    Fees = 5,

    /// <summary>政府集中采购 (第二十条第（九）项, 2019 edition only).</summary>
    Procurement = 6,
}
